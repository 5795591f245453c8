using SharedWarehouse.BuildingBlocks.Regions;

namespace SharedWarehouse.UnitTests.Regions;

/// Names as Taobao (one cell), Douyin and Pinduoduo (separate columns) and people write them.
public sealed class RegionNameMatchingTests
{
    private static readonly RegionCatalog Catalog = RegionCatalog.LoadEmbedded();

    [Theory]
    [InlineData("浙江省", "杭州市", "西湖区", "330106")]
    [InlineData("浙江", "杭州", "西湖区", "330106")]
    [InlineData("浙江", "杭州", "西湖", "330106")]
    [InlineData(" 浙江省 ", "杭州市 ", "\u3000西湖区", "330106")]
    [InlineData("内蒙古", "呼和浩特市", "新城区", "150102")]
    [InlineData("内蒙古自治区", "呼和浩特", "新城区", "150102")]
    [InlineData("广西", "南宁市", "青秀区", "450103")]
    [InlineData("广西壮族自治区", "南宁", "青秀区", "450103")]
    [InlineData("新疆", "乌鲁木齐市", "天山区", "650102")]
    [InlineData("新疆维吾尔自治区", "乌鲁木齐", "天山区", "650102")]
    [InlineData("宁夏回族自治区", "银川市", "兴庆区", "640104")]
    [InlineData("西藏", "拉萨市", "城关区", "540102")]
    [InlineData("北京", "北京市", "朝阳区", "110105")]
    [InlineData("北京市", "北京市", "朝阳区", "110105")]
    [InlineData("北京市", "市辖区", "朝阳区", "110105")]
    [InlineData("北京", "朝阳区", "", "110105")]
    [InlineData("上海", "上海市", "浦东新区", "310115")]
    [InlineData("上海市", "上海市", "浦东", "310115")]
    [InlineData("天津市", "天津市", "河北区", "120105")]
    [InlineData("重庆", "重庆市", "城口县", "500229")]
    [InlineData("重庆市", "县", "城口县", "500229")]
    [InlineData("重庆市", "重庆市", "渝中区", "500103")]
    [InlineData("河南省", "济源市", "", "419001")]
    [InlineData("河南省", "济源市", "济源市", "419001")]
    [InlineData("河南", "省直辖县级行政区划", "济源市", "419001")]
    [InlineData("湖北省", "仙桃市", null, "429004")]
    [InlineData("湖北省", "仙桃", "仙桃市", "429004")]
    [InlineData("湖北省", "神农架林区", "", "429021")]
    [InlineData("海南省", "琼海市", "琼海市", "469002")]
    [InlineData("新疆维吾尔自治区", "自治区直辖县级行政区划", "石河子市", "659001")]
    [InlineData("广东省", "东莞市", "", "441900")]
    [InlineData("广东省", "东莞市", "东莞市", "441900")]
    [InlineData("广东", "中山市", null, "442000")]
    [InlineData("海南省", "儋州市", "", "460400")]
    [InlineData("甘肃省", "嘉峪关市", "", "620200")]
    [InlineData("海南省", "三沙市", "西沙区", "460302")] // created 2020
    [InlineData("海南", "三沙", "南沙区", "460303")]
    [InlineData("新疆维吾尔自治区", "和田地区", "和康县", "653228")] // created 2024
    [InlineData("新疆", "和田", "和安县", "653229")]
    [InlineData("新疆", "和田地区", "和安", "653229")]
    [InlineData("海南省", "三沙市", "西沙群岛", "460302")] // the old name finds its successor
    [InlineData("海南省", "三沙市", "南沙群岛", "460303")]
    [InlineData("吉林省", "吉林市", "船营区", "220204")]
    [InlineData("湖北省", "恩施土家族苗族自治州", "恩施市", "422801")]
    [InlineData("湖北省", "恩施州", "恩施市", "422801")]
    [InlineData("湖北", "恩施", "利川市", "422802")]
    [InlineData("湖南省", "湘西土家族苗族自治州", "吉首市", "433101")]
    [InlineData("吉林省", "延边朝鲜族自治州", "延吉市", "222401")]
    [InlineData("贵州省", "黔东南苗族侗族自治州", "凯里市", "522601")]
    [InlineData("新疆", "克孜勒苏柯尔克孜自治州", "阿图什市", "653001")]
    [InlineData("新疆", "伊犁哈萨克自治州", "伊宁市", "654002")]
    [InlineData("新疆", "和田地区", "和田市", "653201")]
    [InlineData("新疆", "和田", "和田县", "653221")]
    [InlineData("内蒙古", "阿拉善盟", "阿拉善左旗", "152921")]
    [InlineData("湖北省", "宜昌市", "长阳土家族自治县", "420528")]
    [InlineData("湖北省", "宜昌市", "长阳", "420528")]
    [InlineData("辽宁省", "朝阳市", "朝阳县", "211321")]
    [InlineData("河北省", "承德", "承德", "130821")] // under a city with districts the same word again is its county
    [InlineData("湖北省", "恩施州", "恩施", "422801")]
    [InlineData("广东省", "深圳市", "南山区", "440305")]
    [InlineData("浙江省", "金华市", "义乌市", "330782")]
    [InlineData("浙江省", "金华市", "义乌", "330782")]
    [InlineData("贵州省", "六盘水市", "六枝特区", "520203")]
    [InlineData("贵州省", "六盘水市", "六枝", "520203")]
    public void Separate_columns_find_the_district(string province, string? city, string? district, string code) =>
        Catalog.MatchNames(province, city, district).ShouldBe(new RegionMatch(code));

    [Theory]
    [InlineData("广东省", "东莞市", "长安镇", "441900", "长安镇")]
    [InlineData("湖北省", "仙桃市", "郑场镇", "429004", "郑场镇")]
    [InlineData("广东省", "中山市", "石岐街道", "442000", "石岐街道")]
    public void A_town_under_a_city_without_districts_is_kept_for_the_detail(string province, string city, string district, string code, string town) =>
        Catalog.MatchNames(province, city, district).ShouldBe(new RegionMatch(code, town));

    [Theory]
    [InlineData("浙江省", "杭州市", "")] // a city that has districts needs one
    [InlineData("浙江省", "杭州市", null)]
    [InlineData("浙江省", "杭州市", "朝阳区")] // not a district of 杭州
    [InlineData("浙江省", "宁波市", "西湖区")]
    [InlineData("浙江省", "", "西湖区")]
    [InlineData("浙江省", "北京市", "朝阳区")]
    [InlineData("江苏省", "杭州市", "西湖区")]
    [InlineData("火星", "杭州市", "西湖区")]
    [InlineData("", "杭州市", "西湖区")]
    [InlineData(null, null, null)]
    [InlineData("北京", "北京市", "")]
    [InlineData("北京", "北京市", "浦东新区")]
    [InlineData("北京", "海淀区", "朝阳区")] // two districts: which one?
    [InlineData("甘肃省", "临夏州", "临夏")] // 临夏市 or 临夏县
    [InlineData("新疆", "和田地区", "和田")] // 和田市 or 和田县
    [InlineData("广东省", "东莞市", "天河区")] // a 广州 district under 东莞 contradicts
    [InlineData("河北省", "石家庄市", "石家庄高新技术产业开发区")] // a development zone is no district
    public void Names_that_fit_no_district_or_several_give_nothing(string? province, string? city, string? district) =>
        Catalog.MatchNames(province, city, district).ShouldBeNull();

    [Theory]
    [InlineData("浙江省 杭州市 西湖区 文三路 1号", "330106", "文三路 1号")]
    [InlineData("浙江省杭州市西湖区文三路1号", "330106", "文三路1号")]
    [InlineData("浙江省 杭州市 西湖区 文三路 1号(310000)", "330106", "文三路 1号")]
    [InlineData("浙江省 杭州市 西湖区 文三路 1号（310012）", "330106", "文三路 1号")]
    [InlineData("浙江省 杭州市 西湖区 文三路 1号 000000", "330106", "文三路 1号")]
    [InlineData("浙江省 杭州市 西湖区 文三路 1号,000000", "330106", "文三路 1号")]
    [InlineData("浙江省杭州市西湖区文三路1号000000", "330106", "文三路1号")]
    [InlineData("浙江省 杭州市 西湖区 西溪街道 文三路 1号 3幢 101室", "330106", "西溪街道 文三路 1号 3幢 101室")]
    [InlineData("浙江 杭州 西湖 文三路 1号", "330106", "文三路 1号")]
    [InlineData("浙江杭州西湖区文三路1号", "330106", "文三路1号")]
    [InlineData("北京 北京市 朝阳区 建国路 88号", "110105", "建国路 88号")]
    [InlineData("北京市朝阳区建国路88号", "110105", "建国路88号")]
    [InlineData("北京北京市朝阳区建国路88号", "110105", "建国路88号")]
    [InlineData("上海上海市浦东新区世纪大道100号", "310115", "世纪大道100号")]
    [InlineData("上海市 市辖区 浦东新区 世纪大道100号", "310115", "世纪大道100号")]
    [InlineData("天津市河北区中山路1号", "120105", "中山路1号")]
    [InlineData("重庆 重庆市 城口县 北大街 1号", "500229", "北大街 1号")]
    [InlineData("河南省 济源市 济水大街 1号", "419001", "济水大街 1号")]
    [InlineData("河南省济源市济源市济水大街1号", "419001", "济水大街1号")]
    [InlineData("湖北省 仙桃市 郑场镇 人民路 2号", "429004", "郑场镇 人民路 2号")]
    [InlineData("湖北省 省直辖县级行政区划 天门市 竟陵街道", "429006", "竟陵街道")]
    [InlineData("广东省 东莞市 长安镇 振安路 1号", "441900", "长安镇 振安路 1号")]
    [InlineData("广东省东莞市东城街道东城路1号", "441900", "东城街道东城路1号")]
    [InlineData("广东省 中山市 石岐街道 孙文路 1号", "442000", "石岐街道 孙文路 1号")]
    [InlineData("内蒙古自治区 呼和浩特市 新城区 新华大街 1号", "150102", "新华大街 1号")]
    [InlineData("内蒙古呼和浩特市新城区新华大街1号", "150102", "新华大街1号")]
    [InlineData("广西壮族自治区南宁市青秀区民族大道1号", "450103", "民族大道1号")]
    [InlineData("广西 南宁市 青秀区 民族大道 1号", "450103", "民族大道 1号")]
    [InlineData("新疆维吾尔自治区 乌鲁木齐市 天山区 解放南路 1号", "650102", "解放南路 1号")]
    [InlineData("湖北省 恩施土家族苗族自治州 恩施市 舞阳大街 1号", "422801", "舞阳大街 1号")]
    [InlineData("湖北省恩施州利川市都亭街道1号", "422802", "都亭街道1号")]
    [InlineData("吉林省吉林市船营区北京路1号", "220204", "北京路1号")]
    [InlineData("浙江省, 杭州市, 西湖区, 文三路 1号", "330106", "文三路 1号")]
    [InlineData("  浙江省　杭州市　西湖区　文三路1号  ", "330106", "文三路1号")]
    [InlineData("海南省 三沙市 西沙区 永兴岛 北京路 1号", "460302", "永兴岛 北京路 1号")]
    [InlineData("海南省三沙市南沙区永暑礁1号(573100)", "460303", "永暑礁1号")]
    [InlineData("新疆维吾尔自治区 和田地区 和康县 赛图拉镇 1号", "653228", "赛图拉镇 1号")]
    [InlineData("新疆和田地区和安县红柳镇幸福路2号", "653229", "红柳镇幸福路2号")]
    [InlineData("新疆维吾尔自治区 和田地区 和田县 拉依喀乡 3号", "653221", "拉依喀乡 3号")]
    [InlineData("海南省 三沙市 西沙群岛 永兴岛", "460302", "永兴岛")]
    public void A_one_cell_address_splits_into_district_and_detail(string address, string code, string detail) =>
        Catalog.SplitAddress(address).ShouldBe(new AddressMatch(code, detail));

    [Theory]
    [InlineData("浙江省杭州市余杭塘路1号")] // 余杭 here is a street, not 余杭区: a short name must end a word
    [InlineData("浙江省杭州市文三路1号")] // no district
    [InlineData("杭州市西湖区文三路1号")] // no province
    [InlineData("火星 杭州市 西湖区 文三路 1号")]
    [InlineData("浙江省 北京市 朝阳区 建国路 88号")]
    [InlineData("新疆 伊犁州 伊宁 解放路 1号")] // 伊宁市 or 伊宁县
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void A_one_cell_address_without_a_clear_district_gives_nothing(string? address) =>
        Catalog.SplitAddress(address).ShouldBeNull();

    [Fact]
    public void Every_current_district_is_found_by_its_own_full_names()
    {
        foreach (var province in Catalog.Provinces)
        {
            foreach (var city in Catalog.ChildrenOf(province.Code))
            {
                var districts = Catalog.ChildrenOf(city.Code);
                foreach (var district in districts.Count == 0 ? [city] : districts)
                {
                    var districtName = districts.Count == 0 ? "" : district.Name;
                    Catalog.MatchNames(province.Name, city.Name, districtName).ShouldBe(new RegionMatch(district.Code), Catalog.FullName(district.Code));
                    Catalog.SplitAddress($"{province.Name}{city.Name}{districtName}幸福路1号")
                        .ShouldBe(new AddressMatch(district.Code, "幸福路1号"), Catalog.FullName(district.Code));
                    Catalog.SplitAddress($"{province.Name} {city.Name} {districtName} 幸福路 1号(100000)")
                        .ShouldBe(new AddressMatch(district.Code, "幸福路 1号"), Catalog.FullName(district.Code));
                }
            }
        }
    }
}
