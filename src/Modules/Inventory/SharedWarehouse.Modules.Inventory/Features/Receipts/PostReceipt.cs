using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Features.Receipts;

public sealed record PostReceipt(Guid UserId, Guid ReceiptId) : ICommand;

internal sealed class PostReceiptHandler(InventoryDbContext db, ShopScope scope, StockLedger ledger, TimeProvider time) : IRequestHandler<PostReceipt, Result>
{
    public async Task<Result> Handle(PostReceipt c, CancellationToken ct)
    {
        if (await scope.ShopOfAsync(c.UserId, ct) is not { } shop) return Error.Forbidden();
        var receipt = await db.Receipts.Include(r => r.Lines).FirstOrDefaultAsync(r => r.Id == c.ReceiptId && r.ShopId == shop, ct);
        if (receipt is null) return Error.NotFound();
        var posted = receipt.Post(time.GetUtcNow().UtcDateTime);
        if (posted.IsFailure) return posted;
        return await ReceiptPosting.ApplyAsync(ledger, receipt, MovementType.Receipt, c.UserId, ct);
    }
}
