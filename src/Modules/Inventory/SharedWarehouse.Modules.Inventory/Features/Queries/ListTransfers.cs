using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Inventory.Features.Queries;

public sealed record TransferRow(Guid Id, string Number, string SkuCode, string ProductName, string Lot, string FromWarehouse, string FromBin,
    string ToWarehouse, string ToBin, long Quantity, TransferStatus Status, DateTime ShippedUtc, DateTime? ReceivedUtc);
public sealed record TransferList(PagedResult<TransferRow> Page, long InTransitQuantity);

/// The signed-in merchant's transfers, newest first; the in-transit total ignores the status filter.
public sealed record ListTransfers(Guid UserId, TransferStatus? Status, int PageNumber = 1, int PageSize = 20) : IQuery<TransferList>;

internal sealed class ListTransfersHandler(InventoryDbContext db, ShopScope scope, ICatalogSkuDirectory skus) : IRequestHandler<ListTransfers, TransferList>
{
    public async Task<TransferList> Handle(ListTransfers q, CancellationToken ct)
    {
        if (await scope.ShopOfAsync(q.UserId, ct) is not { } shop) return new(new([], 1, q.PageSize, 0), 0);
        var mine = db.Transfers.AsNoTracking().Where(t => t.ShopId == shop);
        var inTransit = await mine.Where(t => t.Status == TransferStatus.InTransit).SumAsync(t => (long?)t.Quantity, ct) ?? 0;
        var filtered = q.Status is { } status ? mine.Where(t => t.Status == status) : mine;
        var page = await filtered.OrderByDescending(t => t.ShippedUtc).ThenByDescending(t => t.Id)
            .Select(t => new
            {
                Transfer = t,
                From = db.Balances.Where(b => b.Id == t.FromBalanceId).Select(b => new
                {
                    b.SkuId, b.Lot,
                    Warehouse = db.Warehouses.Where(w => w.Id == b.WarehouseId).Select(w => w.Name).FirstOrDefault(),
                    Bin = db.Bins.Where(x => x.Id == b.BinId).Select(x => x.Code).FirstOrDefault(),
                }).FirstOrDefault(),
                ToWarehouse = db.Warehouses.Where(w => w.Id == t.ToWarehouseId).Select(w => w.Name).FirstOrDefault(),
                ToBin = db.Bins.Where(x => x.Id == t.ToBinId).Select(x => x.Code).FirstOrDefault(),
            }).ToPagedResultAsync(q.PageNumber, q.PageSize, ct);
        var names = await skus.FindAsync(page.Items.Where(i => i.From != null).Select(i => i.From!.SkuId).Distinct().ToList(), ct);
        return new(page.Map(i =>
        {
            var sku = i.From is null ? null : names.GetValueOrDefault(i.From.SkuId);
            var t = i.Transfer;
            return new TransferRow(t.Id, t.Number, sku?.Code ?? "", sku?.ProductName ?? "", i.From?.Lot ?? "", i.From?.Warehouse ?? "", i.From?.Bin ?? "",
                i.ToWarehouse ?? "", i.ToBin ?? "", t.Quantity, t.Status, t.ShippedUtc, t.ReceivedUtc);
        }), inTransit);
    }
}
