using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Inventory.Features.Queries;

public sealed record ReceiptRow(Guid Id, string Number, string Supplier, string WarehouseName, ReceiptStatus Status, bool IsReversal, bool IsReversed, long Quantity, long CostFen, DateTime CreatedUtc);
public sealed record ReceiptList(PagedResult<ReceiptRow> Page, long TotalQuantity, long TotalCostFen);

public sealed record ListReceipts(Guid UserId, string? Keyword, string? Sort, int PageNumber = 1, int PageSize = 20) : IQuery<ReceiptList>;

internal sealed class ListReceiptsHandler(InventoryDbContext db, ShopScope scope) : IRequestHandler<ListReceipts, ReceiptList>
{
    public async Task<ReceiptList> Handle(ListReceipts q, CancellationToken ct)
    {
        if (await scope.ShopOfAsync(q.UserId, ct) is not { } shop) return new(new([], 1, q.PageSize, 0), 0, 0);
        var receipts = db.Receipts.AsNoTracking().Where(r => r.ShopId == shop);
        if (!string.IsNullOrWhiteSpace(q.Keyword)) receipts = receipts.Where(r => r.Number.Contains(q.Keyword.Trim()) || r.Supplier.Contains(q.Keyword.Trim()));
        var rows = receipts.Select(r => new
        {
            r.Id, r.Number, r.Supplier, r.Status, r.ReversesId, r.ReversedById, r.CreatedUtc,
            Warehouse = db.Warehouses.Where(w => w.Id == r.WarehouseId).Select(w => w.Name).FirstOrDefault() ?? "",
            Quantity = r.Lines.Sum(l => (long?)l.Quantity) ?? 0, Cost = r.Lines.Sum(l => (long?)(l.Quantity * l.UnitCostFen)) ?? 0,
        });
        var totalQuantity = await rows.SumAsync(r => r.Quantity, ct);
        var totalCost = await rows.SumAsync(r => r.Cost, ct);
        rows = q.Sort switch
        {
            "supplier" => rows.OrderBy(r => r.Supplier).ThenByDescending(r => r.CreatedUtc),
            "quantity_desc" => rows.OrderByDescending(r => r.Quantity).ThenByDescending(r => r.CreatedUtc),
            "oldest" => rows.OrderBy(r => r.CreatedUtc),
            _ => rows.OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Number),
        };
        var page = await rows.ToPagedResultAsync(q.PageNumber, q.PageSize, ct);
        return new(page.Map(r => new ReceiptRow(r.Id, r.Number, r.Supplier, r.Warehouse, r.Status, r.ReversesId != null, r.ReversedById != null, r.Quantity, r.Cost, r.CreatedUtc)),
            totalQuantity, totalCost);
    }
}
