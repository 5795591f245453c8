using System.Text.RegularExpressions;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.BuildingBlocks.Tabular;
using SharedWarehouse.Modules.Dropship.Domain;

namespace SharedWarehouse.Modules.Dropship.Features.Marketplaces;

public sealed record ResolvedAddress(string RegionCode, string Detail, string RegionName);

/// The receiver's district and street address from whichever form the file gives: a region code (our template), 省/市/区
/// names (+ 街道 and 详细地址, as Pinduoduo and 抖店 export them), or one cell ("浙江省 杭州市 西湖区 文三路 90 号(310012)",
/// Taobao's 收货地址). Names go to codes through the shared region catalog, so new districts (西沙区, 和康县) resolve
/// as soon as the catalog knows them.
internal static partial class ReceiverAddress
{
    public static (ResolvedAddress? Address, ImportIssue? Issue) Resolve(LayoutTable t, SheetRow row, IRegionCatalog regions)
    {
        if (t.Has(OrderField.RegionCode))
        {
            var code = t.Value(row, OrderField.RegionCode);
            return regions.IsDistrict(code)
                ? (new ResolvedAddress(code, t.Value(row, OrderField.AddressDetail), regions.FullName(code)), null)
                : (null, t.Issue(row, OrderField.RegionCode, IssueKind.Error, "地区代码「{0}」不是区/县代码", code));
        }
        if (t.Has(OrderField.Province) && (t.Value(row, OrderField.Province).Length > 0 || !t.Has(OrderField.OneCellAddress)))
        {
            var (province, city, district) = (t.Value(row, OrderField.Province), t.Value(row, OrderField.City), t.Value(row, OrderField.District));
            if (regions.MatchNames(province, city, district) is not { } match)
                return (null, t.Issue(row, OrderField.Province, IssueKind.Error, "无法识别收件地区「{0}」", $"{province} {city} {district}".Trim()));
            var street = t.Value(row, OrderField.Street);
            var detail = WithoutLeading(t.Value(row, OrderField.AddressDetail), province, city, district, match.Town ?? "", street);
            // A city without districts names its town in the district column (东莞市 长安镇): it leads the detail.
            return (new ResolvedAddress(match.DistrictCode, Join(match.Town ?? "", Join(street, detail)), regions.FullName(match.DistrictCode)), null);
        }
        var text = Postcode().Replace(t.Value(row, OrderField.OneCellAddress), "").Trim();
        if (text.Length == 0) return (null, t.Issue(row, OrderField.OneCellAddress, IssueKind.Error, "收件地址为空"));
        return regions.SplitAddress(text) is { } split
            ? (new ResolvedAddress(split.DistrictCode, split.Detail.Trim(), regions.FullName(split.DistrictCode)), null)
            : (null, t.Issue(row, OrderField.OneCellAddress, IssueKind.Error, "无法识别收件地址中的省市区「{0}」", text));
    }

    /// 详细地址 cells often repeat the names before them ("广东省广州市天河区天河路 1 号"): written once is enough.
    private static string WithoutLeading(string detail, params string[] names)
    {
        detail = detail.Trim();
        foreach (var name in names.Where(n => n.Length > 0))
            if (detail.StartsWith(name, StringComparison.Ordinal)) detail = detail[name.Length..].TrimStart();
        return detail;
    }

    private static string Join(string street, string detail) =>
        street.Length == 0 ? detail : detail.Length == 0 ? street : street + detail;

    /// Taobao ends 收货地址 with the postcode in brackets: "(310012)", "（000000）".
    [GeneratedRegex(@"\s*[(\uFF08]\s*\d{6}\s*[)\uFF09]\s*$")]
    private static partial Regex Postcode();
}
