namespace SharedWarehouse.BuildingBlocks.Regions;

/// The names people and marketplaces write for a region besides its official one: 浙江 for 浙江省, 广西 for
/// 广西壮族自治区, 恩施 and 恩施州 for 恩施土家族苗族自治州, 浦东 for 浦东新区. A short form is only offered
/// when at least two characters remain, so 矿区 or 鄂温克族自治旗 never shrink to nothing or to one character.
internal static class RegionNameVariants
{
    private static RegionNameRules Rules => RegionNameRules.Shipped;

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
            yield return StripSuffix(name, Rules.ProvinceSuffixes);
            yield break;
        }

        if (Rules.AutonomousSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal)))
        {
            // 鄂温克族自治旗 has no shorter name: 鄂温克族自治 or 鄂温克 would name a people, not a place.
            if (StripAutonomous(name) is not { } core)
            {
                yield break;
            }

            yield return core;
            // 恩施州, 湘西州, 延边州: how the prefectures are named on parcels and in speech.
            if (name.EndsWith(Rules.PrefectureSuffix, StringComparison.Ordinal))
            {
                yield return core + Rules.PrefectureShortSuffix;
            }

            yield break;
        }

        yield return StripSuffix(name, level == RegionLevel.City ? Rules.CitySuffixes : Rules.CountySuffixes);
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
        var suffix = Rules.AutonomousSuffixes.First(s => name.EndsWith(s, StringComparison.Ordinal));
        var original = name[..^suffix.Length];
        var core = original;
        for (var stripped = true; stripped;)
        {
            stripped = false;
            foreach (var people in Rules.Peoples)
            {
                var withSuffix = people + Rules.PeopleSuffix;
                var cut = core.EndsWith(withSuffix, StringComparison.Ordinal) ? withSuffix.Length
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

        return core == original ? null : core;
    }
}
