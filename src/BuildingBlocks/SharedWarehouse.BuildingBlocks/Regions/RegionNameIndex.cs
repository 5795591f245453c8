using System.Text.RegularExpressions;

namespace SharedWarehouse.BuildingBlocks.Regions;

/// Finds a district from the names marketplace exports write: separate province / city / district columns
/// (抖店, 拼多多) or one cell (淘宝 "浙江省 杭州市 西湖区 文三路 1号(310000)"). Short and official names both
/// match, a municipality may be written once or twice (北京 北京市 朝阳区), a county the province governs
/// directly stands where a city would (河南省 济源市), and a city without districts ends the region part
/// (广东省 东莞市 长安镇 …). Anything that fits no region or fits two gives null, so the caller reports the
/// row instead of shipping to a guessed district.
internal sealed partial class RegionNameIndex
{
    // Rows GB/T 2260 uses to group counties under a province (市辖区, 省直辖县级行政区划); no place is called this.
    private static string[] GroupingNames => RegionNameRules.Shipped.GroupingNames;

    // What exports write in the city column before a county the province governs directly (also 省直辖县).
    private static string[] DirectlyGovernedWords => RegionNameRules.Shipped.DirectlyGovernedWords;

    private readonly RegionNameTable _provinces = new();
    private readonly Dictionary<string, Province> _byProvince = new(StringComparer.Ordinal);
    private readonly Func<string?, IReadOnlyList<Region>> _childrenOf;

    private sealed class Province
    {
        public bool IsMunicipality { get; init; }

        // Words that may fill the city slot and stand for nothing: 北京市 again, 市辖区, 省直辖县级行政区划.
        public RegionNameTable Skippable { get; } = new();

        // Cities, and the counties the province governs directly, which stand in the city slot.
        public RegionNameTable Cities { get; } = new();

        // For a municipality: every district; otherwise every county-level region, to spot a contradiction.
        public RegionNameTable AllDistricts { get; } = new();

        public Dictionary<string, RegionNameTable> DistrictsByCity { get; } = new(StringComparer.Ordinal);
    }

    private readonly record struct Parse(Region District, int End, bool ViaAlias);

    public RegionNameIndex(
        IReadOnlyList<Region> provinces, IEnumerable<Region> aliases, Func<string?, IReadOnlyList<Region>> childrenOf, Func<string?, Region?> find)
    {
        _childrenOf = childrenOf;
        foreach (var province in provinces)
        {
            _provinces.AddRegion(province, province, viaAlias: false);
            _byProvince[province.Code] = Build(province);
        }

        // An old name finds its successor: 西沙群岛 → 西沙区. An alias with no successor (a development zone) names
        // no district a parcel can go to, so it matches nothing.
        foreach (var alias in aliases)
        {
            if (find(alias.SuccessorCode) is not { IsAlias: false } successor
                || find(alias.ParentCode) is not { } parent
                || PathProvince(parent, find) is not { } province
                || !_byProvince.TryGetValue(province.Code, out var names))
            {
                continue;
            }

            if (alias.Level == RegionLevel.District)
            {
                names.AllDistricts.AddRegion(alias, successor, viaAlias: true);
                if (names.DistrictsByCity.TryGetValue(parent.Code, out var table))
                {
                    table.AddRegion(alias, successor, viaAlias: true);
                }
                else if (!names.IsMunicipality && IsGrouping(parent))
                {
                    names.Cities.AddRegion(alias, successor, viaAlias: true);
                }
            }
            else if (alias.Level == RegionLevel.City)
            {
                names.Cities.AddRegion(alias, successor, viaAlias: true);
            }
        }
    }

    public RegionMatch? MatchNames(string? province, string? city, string? district)
    {
        if (Compact(province) is not { } provinceName
            || RegionNameTable.Unique(_provinces.Exact(provinceName)) is not { } found)
        {
            return null;
        }

        var names = _byProvince[found.Code];
        var parts = new[] { Compact(city), Compact(district) }.OfType<string>().ToList();
        parts = parts.SkipWhile(p => names.Skippable.Exact(p).Count > 0).ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        var table = names.IsMunicipality ? names.AllDistricts : names.Cities;
        if (RegionNameTable.Unique(table.Exact(parts[0])) is not { } first)
        {
            return null;
        }

        var rest = parts.Skip(1).Where(p => names.Skippable.Exact(p).Count == 0).ToList();
        if (names.IsMunicipality || IsLeaf(first))
        {
            // 济源市 济源市, 北京 朝阳区 朝阳区: the same place written again. (Under a city with districts the
            // same word is a county: 承德 承德 is 承德市 承德县.)
            rest.RemoveAll(p => Names(first, p));
            // What follows a district or a city without districts is a town, unless it names another county.
            return rest.Count switch
            {
                0 => new RegionMatch(first.Code),
                _ when names.AllDistricts.Exact(rest[0]).Count > 0 => null,
                _ => new RegionMatch(first.Code, rest[0]),
            };
        }

        return rest.Count > 0
               && names.DistrictsByCity.TryGetValue(first.Code, out var districts)
               && RegionNameTable.Unique(districts.Exact(rest[0])) is { } county
            ? new RegionMatch(county.Code)
            : null;
    }

    public AddressMatch? SplitAddress(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }

        var text = PostalCode().Replace(address.Trim(), "").TrimEnd().TrimEnd(Separators);
        var parses = new List<Parse>();
        foreach (var (entry, end) in _provinces.Prefixes(text, SkipSeparators(text, 0)))
        {
            AfterProvince(text, _byProvince[entry.Target.Code], SkipSeparators(text, end), parses);
        }

        var candidates = parses.Any(p => !p.ViaAlias) ? parses.Where(p => !p.ViaAlias).ToList() : parses;
        if (candidates.Count == 0)
        {
            return null;
        }

        // The reading that explains the most text wins (杭州市 over 杭州 + "市…"); two districts explaining the
        // same amount is a real ambiguity.
        var longest = candidates.Max(p => p.End);
        var best = candidates.Where(p => p.End == longest).DistinctBy(p => p.District.Code).ToList();
        return best.Count == 1
            ? new AddressMatch(best[0].District.Code, text[longest..].TrimStart(Separators).Trim())
            : null;
    }

    private void AfterProvince(string text, Province names, int start, List<Parse> parses)
    {
        foreach (var position in AfterSkippables(text, names, start))
        {
            if (names.IsMunicipality)
            {
                AddDistricts(text, names.AllDistricts, position, viaAlias: false, parses);
                continue;
            }

            foreach (var (city, end) in names.Cities.Prefixes(text, position))
            {
                var next = SkipSeparators(text, end);
                if (!IsLeaf(city.Target))
                {
                    if (names.DistrictsByCity.TryGetValue(city.Target.Code, out var districts))
                    {
                        AddDistricts(text, districts, next, city.ViaAlias, parses);
                    }

                    continue;
                }

                parses.Add(new Parse(city.Target, end, city.ViaAlias));
                // 济源市 济源市, 东莞市 东莞市: the leaf written again in the district column.
                foreach (var (again, againEnd) in names.Cities.Prefixes(text, next))
                {
                    if (again.Target.Code == city.Target.Code && EndsAtBoundary(text, againEnd, again.Short))
                    {
                        parses.Add(new Parse(city.Target, againEnd, city.ViaAlias));
                    }
                }
            }
        }
    }

    // A short district name must end where a word does: 余杭 in "杭州市余杭塘路" is a street, not 余杭区.
    private static void AddDistricts(string text, RegionNameTable districts, int start, bool viaAlias, List<Parse> parses)
    {
        foreach (var (district, end) in districts.Prefixes(text, start))
        {
            if (EndsAtBoundary(text, end, district.Short))
            {
                parses.Add(new Parse(district.Target, end, viaAlias || district.ViaAlias));
            }
        }
    }

    // The city slot may hold up to two words that name nothing (上海 上海市 市辖区 浦东新区).
    private static IEnumerable<int> AfterSkippables(string text, Province names, int start)
    {
        var positions = new HashSet<int> { start };
        var frontier = new List<int> { start };
        for (var round = 0; round < 2; round++)
        {
            frontier = frontier.SelectMany(p => names.Skippable.Prefixes(text, p).Select(x => SkipSeparators(text, x.End)))
                .Where(positions.Add).ToList();
        }

        return positions;
    }

    private Province Build(Region province)
    {
        var children = _childrenOf(province.Code);
        var groupings = children.Where(IsGrouping).ToList();
        var names = new Province { IsMunicipality = children.Count > 0 && groupings.Count == children.Count };
        foreach (var word in DirectlyGovernedWords)
        {
            names.Skippable.Add(word, new RegionNameTable.Entry(province, Short: false, ViaAlias: false));
        }

        if (names.IsMunicipality)
        {
            names.Skippable.AddRegion(province, province, viaAlias: false);
        }

        foreach (var city in children.Except(groupings))
        {
            names.Cities.AddRegion(city, city, viaAlias: false);
            var districts = new RegionNameTable();
            foreach (var county in _childrenOf(city.Code))
            {
                districts.AddRegion(county, county, viaAlias: false);
                names.AllDistricts.AddRegion(county, county, viaAlias: false);
            }

            names.DistrictsByCity[city.Code] = districts;
        }

        foreach (var county in groupings.SelectMany(g => _childrenOf(g.Code)))
        {
            names.AllDistricts.AddRegion(county, county, viaAlias: false);
            if (!names.IsMunicipality)
            {
                names.Cities.AddRegion(county, county, viaAlias: false);
            }
        }

        return names;
    }

    private bool IsLeaf(Region region) => _childrenOf(region.Code).Count == 0;

    internal static bool IsGrouping(Region region) =>
        region.Level == RegionLevel.City && GroupingNames.Contains(region.Name, StringComparer.Ordinal);

    private static bool Names(Region region, string name) =>
        RegionNameVariants.Of(region.Name, region.Level).Any(v => v.Name == name);

    private static Region? PathProvince(Region region, Func<string?, Region?> find)
    {
        while (region.ParentCode is not null && find(region.ParentCode) is { } parent)
        {
            region = parent;
        }

        return region.Level == RegionLevel.Province ? region : null;
    }

    // Names never contain spaces; people type them in ("浙江 省") and export tools pad them.
    private static string? Compact(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var compact = string.Concat(value.Where(c => !char.IsWhiteSpace(c)));
        return compact.Length == 0 ? null : compact;
    }

    // Space, ideographic space, tab, comma, full-width comma, enumeration comma (、), slash, bar.
    private static readonly char[] Separators = [' ', '\u3000', '\t', ',', '\uFF0C', '\u3001', '/', '|'];

    private static int SkipSeparators(string text, int position)
    {
        while (position < text.Length && (char.IsWhiteSpace(text[position]) || Separators.Contains(text[position])))
        {
            position++;
        }

        return position;
    }

    private static bool EndsAtBoundary(string text, int end, bool isShort) =>
        !isShort || end == text.Length || char.IsWhiteSpace(text[end]) || Separators.Contains(text[end]);

    // A postal code at the end: "(310000)" as Taobao appends it, or a bare six digits after a separator
    // ("…1号 310000", "…1号,000000"); 000000 is the placeholder for "no postal code" and may follow directly.
    [GeneratedRegex(@"(\s*[(\uFF08]\s*[0-9]{6}\s*[)\uFF09]|(?<=[\s,\uFF0C])[0-9]{6}|(?<![0-9])000000)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PostalCode();
}
