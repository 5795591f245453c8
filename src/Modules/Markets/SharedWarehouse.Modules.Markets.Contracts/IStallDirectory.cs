namespace SharedWarehouse.Modules.Markets.Contracts;

/// A stall in a wholesale market, with what a picker needs to find it and what a pick list sorts by
/// (market, then floor order, then stall number).
public sealed record StallRef(Guid StallId, Guid MarketId, string MarketName, string FloorName, int FloorOrder,
    string StallNumber, string? ContactName, string? ContactPhone, bool IsOpen);

/// Where a merchant buys one of its products: the stall and the stall's own style number (款号) for it.
/// Rank 0 is the primary stall, 1.. the alternates in the merchant's order.
public sealed record StallOption(StallRef Stall, string? StyleNumber, int Rank);

/// The market directory and each merchant's stall codes, keyed by the merchant's own product/SKU code
/// (商家编码, the code its outside shops put on every order line).
public interface IStallDirectory
{
    /// For each code that has stall codes in this shop: its stalls, primary first, then alternates by rank.
    /// Codes are matched exactly (trimmed, case-insensitive); codes without stall codes are left out.
    Task<IReadOnlyDictionary<string, IReadOnlyList<StallOption>>> ResolveAsync(Guid shopId, IReadOnlyCollection<string> codes,
        CancellationToken ct);

    /// The stalls with these ids (unknown ids are left out).
    Task<IReadOnlyDictionary<Guid, StallRef>> FindStallsAsync(IReadOnlyCollection<Guid> stallIds, CancellationToken ct);
}
