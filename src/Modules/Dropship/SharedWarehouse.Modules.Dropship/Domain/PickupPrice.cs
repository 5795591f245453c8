using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Domain;

/// A declared or paid pickup price, or a stall refund, as typed in yuan. Never negative, and at most ¥1,000,000: a
/// typo guard that also keeps price × quantity far from overflowing. Other ranges are the domain's rules.
public static class PickupPrice
{
    public const long MaxFen = 100_000_000;

    public static bool TryParse(string? text, out long fen) => Money.TryParseYuan(text, out fen) && fen is >= 0 and <= MaxFen;
}
