namespace SharedWarehouse.BuildingBlocks.Regions;

/// The checks a region list passes before the app uses it, the shipped one or a merchant's replacement
/// (Regions:File): every message names the code and the file, so a bad list stops the start with a fix in hand.
internal static class RegionRows
{
    public sealed record Row(string Code, string Name, string? Parent, bool Alias, string? Successor);

    public static IReadOnlyList<Region> Validate(IReadOnlyList<Row> rows, string source)
    {
        var byCode = new Dictionary<string, Row>(rows.Count, StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Code.Length != 6 || !row.Code.All(char.IsAsciiDigit))
            {
                throw Bad(source, $"Region \"{row.Code}\" is not a 6-digit code.");
            }

            if (string.IsNullOrWhiteSpace(row.Name))
            {
                throw Bad(source, $"Region {row.Code} has no name.");
            }

            if (!byCode.TryAdd(row.Code, row))
            {
                throw Bad(source, $"Region {row.Code} appears twice.");
            }
        }

        var regions = rows.Select(r => new Region(r.Code, r.Name, r.Parent, LevelOf(r, byCode, source), r.Alias, r.Successor)).ToList();
        foreach (var row in rows)
        {
            // A current region under an abolished one could be picked but never shown in a picker.
            if (!row.Alias && row.Parent is not null && byCode[row.Parent].Alias)
            {
                throw Bad(source, $"Region {row.Code} is current but its parent {row.Parent} is an alias.");
            }

            if (row.Successor is not null)
            {
                if (!row.Alias)
                {
                    throw Bad(source, $"Region {row.Code} has a successor but is not marked as an alias (\"a\": true).");
                }

                if (!byCode.TryGetValue(row.Successor, out var successor) || successor.Alias)
                {
                    throw Bad(source, $"Alias {row.Code} points to {row.Successor}, which is not a current region.");
                }
            }
        }

        if (!regions.Any(r => r.Level == RegionLevel.Province && !r.IsAlias))
        {
            throw Bad(source, "The list has no province.");
        }

        return regions;
    }

    // From the parent chain rather than the code's trailing zeros, so Level always agrees with what
    // PathOf and ChildrenOf walk, whatever grouping rows (市辖区, 省直辖县级行政区划) the data has.
    private static RegionLevel LevelOf(Row row, Dictionary<string, Row> byCode, string source)
    {
        var level = 1;
        for (var parent = row.Parent; parent is not null; level++)
        {
            if (!byCode.TryGetValue(parent, out var parentRow))
            {
                throw Bad(source, $"Region {row.Code} has parent {parent}, which the list lacks.");
            }

            // Also stops a parent cycle, which would otherwise never reach a province.
            if (level == (int)RegionLevel.District)
            {
                throw Bad(source, $"Region {row.Code} is nested deeper than a district.");
            }

            parent = parentRow.Parent;
        }

        return (RegionLevel)level;
    }

    private static InvalidDataException Bad(string source, string problem) => new($"{source}: {problem}");
}
