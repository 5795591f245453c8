namespace SharedWarehouse.BuildingBlocks.Regions;

/// The names people and marketplaces write for a region besides its official one: 浙江 for 浙江省, 广西 for
/// 广西壮族自治区, 恩施 and 恩施州 for 恩施土家族苗族自治州, 浦东 for 浦东新区. A short form is only offered
/// when at least two characters remain, so 矿区 or 鄂温克族自治旗 never shrink to nothing or to one character.
internal static class RegionNameVariants
{
    private static readonly string[] ProvinceSuffixes = ["维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市"];
    private static readonly string[] CitySuffixes = ["地区", "市", "盟"];
    private static readonly string[] CountySuffixes = ["新区", "林区", "特区", "区", "县", "市", "旗"];
    private static readonly string[] AutonomousSuffixes = ["自治州", "自治县", "自治旗"];

    // The 55 recognised minorities as they appear in autonomous area names (蒙古 for 蒙古族, as in 博尔塔拉蒙古自治州).
    private static readonly string[] Ethnicities =
    [
        "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣",
        "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗",
        "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固",
        "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
    ];

    public static IEnumerable<(string Name, bool Short)> Of(string name, RegionLevel level)
    {
        yield return (name, false);
        foreach (var variant in ShortForms(name, level).Where(v => v.Length >= 2 && v != name).Distinct(StringComparer.Ordinal))
        {
            yield return (variant, true);
        }
    }

    private static IEnumerable<string> ShortForms(string name, RegionLevel level)
    {
        if (level == RegionLevel.Province)
        {
            yield return StripSuffix(name, ProvinceSuffixes);
            yield break;
        }

        if (AutonomousSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal)))
        {
            // 鄂温克族自治旗 has no shorter name: 鄂温克族自治 or 鄂温克 would name a people, not a place.
            if (StripAutonomous(name) is not { } core)
            {
                yield break;
            }

            yield return core;
            // 恩施州, 湘西州, 延边州: how the prefectures are named on parcels and in speech.
            if (name.EndsWith("自治州", StringComparison.Ordinal))
            {
                yield return core + "州";
            }

            yield break;
        }

        yield return StripSuffix(name, level == RegionLevel.City ? CitySuffixes : CountySuffixes);
    }

    private static string StripSuffix(string name, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (name.Length - suffix.Length >= 2 && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    // 黔东南苗族侗族自治州 → 黔东南, 克孜勒苏柯尔克孜自治州 → 克孜勒苏. A one-character people is only stripped
    // with its 族 (大理白族 → 大理), so a place name ending in 水 or 白 is left alone.
    private static string? StripAutonomous(string name)
    {
        var suffix = AutonomousSuffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal));
        if (suffix is null)
        {
            return null;
        }

        var core = name[..^suffix.Length];
        for (var stripped = true; stripped;)
        {
            stripped = false;
            foreach (var people in Ethnicities)
            {
                var withZu = people + "族";
                var cut = core.EndsWith(withZu, StringComparison.Ordinal) ? withZu.Length
                    : people.Length >= 2 && core.EndsWith(people, StringComparison.Ordinal) ? people.Length
                    : 0;
                if (cut > 0 && core.Length - cut >= 2)
                {
                    core = core[..^cut];
                    stripped = true;
                    break;
                }
            }
        }

        return core == name[..^suffix.Length] ? null : core;
    }
}
