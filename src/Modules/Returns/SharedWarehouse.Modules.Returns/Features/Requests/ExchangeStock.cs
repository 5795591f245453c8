using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Returns.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Features.Requests;

/// An agreed exchange holds its replacement in Inventory from the agreement on, so the goods promised to the buyer are not
/// sold while the old ones travel back. The agreeing processes (AgreeAfterSale, AutoAgreeAfterSale, DecideAfterSale)
/// reserve first, in Inventory's own unit of work (ADR 5: no transaction of ours is open, which on SQLite would lock
/// Inventory out), then the transition records the references and publishes the hold in its transaction. A transition
/// that fails gives the reservation back; one that turns out not to need it releases it with its own change. If
/// everything stops in between, the short time to live returns the stock by itself.
internal static class ExchangeStock
{
    private static readonly TimeSpan UntilHeld = TimeSpan.FromMinutes(30);

    /// An exchange that has not reserved its replacement yet.
    public static bool Needed(AfterSaleRequest r) => r.Kind == AfterSaleKind.Exchange && !r.ReplacementReserved;

    /// One reservation per line, in line order ("AS…-X1a3f": the request number, the line and an attempt tag, since a
    /// reference is never reused); not enough stock answers the reason, with whatever was reserved given back.
    public static async Task<Result<IReadOnlyList<string>>> ReserveAsync(IStockReservations stock, AfterSaleRequest r, CancellationToken ct)
    {
        var attempt = Guid.NewGuid().ToString("N")[..4];
        var reserved = new List<string>();
        foreach (var (line, n) in InOrder(r).Select((l, i) => (l, i + 1)))
        {
            var reference = $"{r.Number}-X{n}{attempt}";
            if ((await stock.ReserveAsync(new ReserveStock(line.ReplacementSkuId!.Value, line.Quantity, UntilHeld, reference, r.ShopId), ct)).IsFailure)
            {
                await ReleaseAsync(stock, reserved, ct);
                return Error.Validation("", "换货商品 {0} {1} 库存不足，不能换货", line.ProductName, line.ReplacementSpecText ?? "");
            }
            reserved.Add(reference);
        }
        return reserved;
    }

    /// The process's second step, the transition that records what was reserved: when it fails, the reservation is given
    /// back at once (instead of waiting for it to time out). Answers the request's id.
    public static async Task<Result<Guid>> RecordAsync(ISender sender, IStockReservations stock, Guid requestId, IReadOnlyList<string>? reserved,
        ICommand step, CancellationToken ct)
    {
        var recorded = await sender.Send(step, ct);
        if (recorded.IsSuccess) return requestId;
        if (reserved is not null) await ReleaseAsync(stock, reserved, ct);
        return Result<Guid>.Failure(recorded.Errors);
    }

    public static async Task ReleaseAsync(IStockReservations stock, IEnumerable<string> references, CancellationToken ct)
    {
        foreach (var reference in references) await stock.ReleaseAsync(reference, ct);
    }

    /// Inside the transition's change: the references go onto the lines they were reserved for.
    public static void Attach(AfterSaleRequest r, IReadOnlyList<string> references)
    {
        foreach (var (line, reference) in InOrder(r).Zip(references)) line.ReplacementRef = reference;
    }

    private static IEnumerable<AfterSaleLine> InOrder(AfterSaleRequest r) => r.Lines.OrderBy(l => l.Id);
}
