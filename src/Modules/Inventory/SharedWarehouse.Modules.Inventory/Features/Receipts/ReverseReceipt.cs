using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Receipts;

public sealed record ReverseReceipt(Guid UserId, Guid ReceiptId) : ICommand<Guid>;

internal sealed class ReverseReceiptHandler(InventoryDbContext db, ShopScope scope, StockLedger ledger, TimeProvider time) : IRequestHandler<ReverseReceipt, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(ReverseReceipt c, CancellationToken ct)
    {
        if (await scope.ShopOfAsync(c.UserId, ct) is not { } shop) return Error.Forbidden();
        var receipt = await db.Receipts.Include(r => r.Lines).FirstOrDefaultAsync(r => r.Id == c.ReceiptId && r.ShopId == shop, ct);
        if (receipt is null) return Error.NotFound();
        var reversal = receipt.Reverse(c.UserId, time.GetUtcNow().UtcDateTime);
        if (reversal.IsFailure) return Result<Guid>.Failure(reversal.Errors);
        db.Receipts.Add(reversal.Value);
        var applied = await ReceiptPosting.ApplyAsync(ledger, reversal.Value, MovementType.ReceiptReversal, c.UserId, ct);
        return applied.IsFailure ? Result<Guid>.Failure(applied.Errors) : reversal.Value.Id;
    }
}
