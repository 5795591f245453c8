using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;

namespace SharedWarehouse.Modules.Ordering.Features.Consignment;

public enum ReturnRole { Buyer = 0, Reseller = 1, Supplier = 2 }

public sealed record ReturnRow(Guid Id, Guid OrderId, string ProductName, int Quantity, long RetailFen, long WholesaleFen, string Reason,
    ReturnStatus Status, string? ResellerNote, string? SupplierNote, DateTime CreatedUtc, ReturnRole Role)
{
    public bool ResellerCanReview => Role == ReturnRole.Reseller && Status == ReturnStatus.Requested;
    public bool SupplierCanDecide => Role == ReturnRole.Supplier && Status == ReturnStatus.WithSupplier;
}

/// The signed-in merchant's consignment returns, as reseller (to review) and as supplier (to decide).
public sealed record ListConsignmentReturns(Guid UserId) : IQuery<IReadOnlyList<ReturnRow>>;

/// The buyer's returns of one of its own orders.
public sealed record ListOrderReturns(Guid BuyerId, Guid OrderId) : IQuery<IReadOnlyList<ReturnRow>>;

internal sealed class ReturnQueriesHandler(OrderingDbContext db, IMerchantDirectory merchants)
    : IRequestHandler<ListConsignmentReturns, IReadOnlyList<ReturnRow>>, IRequestHandler<ListOrderReturns, IReadOnlyList<ReturnRow>>
{
    public async Task<IReadOnlyList<ReturnRow>> Handle(ListConsignmentReturns q, CancellationToken ct)
    {
        if (await merchants.FindShopOfOwnerAsync(q.UserId, ct) is not { } shop) return [];
        var rows = await db.ConsignmentReturns.AsNoTracking().Where(r => r.ResellerShopId == shop.ShopId || r.SupplierShopId == shop.ShopId)
            .OrderByDescending(r => r.CreatedUtc).Take(500).ToListAsync(ct);
        return rows.Select(r => Row(r, r.SupplierShopId == shop.ShopId ? ReturnRole.Supplier : ReturnRole.Reseller)).ToList();
    }

    public async Task<IReadOnlyList<ReturnRow>> Handle(ListOrderReturns q, CancellationToken ct) =>
        (await db.ConsignmentReturns.AsNoTracking().Where(r => r.OrderId == q.OrderId && r.BuyerId == q.BuyerId).OrderBy(r => r.CreatedUtc).ToListAsync(ct))
            .Select(r => Row(r, ReturnRole.Buyer)).ToList();

    private static ReturnRow Row(ConsignmentReturn r, ReturnRole role) => new(r.Id, r.OrderId, r.ProductName, r.Quantity, r.RetailFen,
        role == ReturnRole.Buyer ? 0 : r.WholesaleFen, r.Reason, r.Status, r.ResellerNote, r.SupplierNote, r.CreatedUtc, role);
}
