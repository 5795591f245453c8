using SharedWarehouse.Modules.Returns.Domain;

namespace SharedWarehouse.Modules.Returns.Features.Queries;

/// A row of a list of requests (buyer, merchant desk, platform queue).
public sealed record AfterSaleRow(Guid Id, string Number, AfterSaleKind Kind, AfterSaleStatus Status, string OrderNumber, string SubOrderNumber,
    string Products, long RequestedFen, long? AgreedFen, long RefundedFen, DateTime CreatedUtc, DateTime UpdatedUtc, DateTime? MerchantDeadlineUtc);

/// The merchant desk's filters, each with its count.
public enum DeskFilter { Open = 0, ToAgree = 1, ToReceive = 2, Escalated = 3, DueSoon = 4, All = 5 }

internal static class AfterSaleRows
{
    public static IQueryable<AfterSaleRow> ToRows(this IQueryable<AfterSaleRequest> q) =>
        q.OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id)
            .Select(r => new AfterSaleRow(r.Id, r.Number, r.Kind, r.Status, r.OrderNumber, r.SubOrderNumber,
                r.Lines.OrderBy(l => l.ProductName).Select(l => l.ProductName).FirstOrDefault() ?? "", r.RequestedFen, r.AgreedFen, r.RefundedFen,
                r.CreatedUtc, r.UpdatedUtc, r.MerchantDeadlineUtc));

    public static readonly AfterSaleStatus[] OpenStatuses =
    [
        AfterSaleStatus.AwaitingMerchant, AfterSaleStatus.CounterOffered, AfterSaleStatus.AwaitingReturn, AfterSaleStatus.AwaitingReceipt,
        AfterSaleStatus.Refused, AfterSaleStatus.Escalated,
    ];

    /// "Due soon": waiting for the merchant with less than this left before it is agreed automatically.
    public static readonly TimeSpan DueSoon = TimeSpan.FromHours(12);

    /// A shop's requests: those it sold, and the consignment sales whose goods come back to it as the supplier.
    public static IQueryable<AfterSaleRequest> OfShop(this IQueryable<AfterSaleRequest> q, Guid shopId) =>
        q.Where(r => r.ShopId == shopId || r.SupplierShopId == shopId);

    /// shopId: a shop's desk, where "to agree" is only what it sold and "to receive" only what comes back to it.
    public static IQueryable<AfterSaleRequest> Filter(this IQueryable<AfterSaleRequest> q, DeskFilter filter, DateTime now, Guid? shopId = null) => filter switch
    {
        DeskFilter.Open => q.Where(r => OpenStatuses.Contains(r.Status)),
        DeskFilter.ToAgree => q.Where(r => r.Status == AfterSaleStatus.AwaitingMerchant && (shopId == null || r.ShopId == shopId)),
        DeskFilter.ToReceive => q.Where(r => r.Status == AfterSaleStatus.AwaitingReceipt && (shopId == null || (r.SupplierShopId ?? r.ShopId) == shopId)),
        DeskFilter.Escalated => q.Where(r => r.Status == AfterSaleStatus.Escalated),
        DeskFilter.DueSoon => q.Where(r => r.Status == AfterSaleStatus.AwaitingMerchant && r.MerchantDeadlineUtc <= now + DueSoon
            && (shopId == null || r.ShopId == shopId)),
        _ => q,
    };
}
