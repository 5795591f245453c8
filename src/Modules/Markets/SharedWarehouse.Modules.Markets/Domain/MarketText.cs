namespace SharedWarehouse.Modules.Markets.Domain;

/// Names, stall numbers and merchant codes are compared trimmed and case-insensitively ("a-12" is "A-12"),
/// so each is stored once as typed and once in this form, which the unique indexes cover.
public static class MarketText
{
    public static string Normalize(string value) => value.Trim().ToUpperInvariant();
}
