using SharedWarehouse.Modules.Repair.Domain;

namespace SharedWarehouse.Modules.Repair.Features.Queries;

/// A row of a list of repairs (the buyer's list, the merchant's desk).
public sealed record RepairRow(Guid Id, string Number, RepairStatus Status, WarrantyBasis Warranty, string OrderNumber, string ProductName,
    long QuoteFen, long PaidFen, DateTime CreatedUtc, DateTime UpdatedUtc);

/// The merchant desk's filters, each with its count. New: to accept (in warranty) or to quote; ToReceive: the item is
/// due (sent or to be brought); InRepair: being repaired, work not yet recorded; ToReturn: work recorded, to ship back;
/// Overdue: a quote past its validity not yet closed, or an item in the workshop longer than Repair:RepairDays.
public enum RepairFilter { Open = 0, New = 1, WaitingPayment = 2, ToReceive = 3, InRepair = 4, ToReturn = 5, Overdue = 6, All = 7 }

internal static class RepairRows
{
    public static IQueryable<RepairRow> ToRows(this IQueryable<RepairRequest> q) =>
        q.OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id)
            .Select(r => new RepairRow(r.Id, r.Number, r.Status, r.Warranty, r.OrderNumber, r.ProductName, r.PartsFen + r.LabourFen, r.PaidFen,
                r.CreatedUtc, r.UpdatedUtc));

    public static IQueryable<RepairRequest> Filter(this IQueryable<RepairRequest> q, RepairFilter filter, DateTime now, TimeSpan repairTime)
    {
        var longAgo = now - repairTime;
        return filter switch
        {
            RepairFilter.Open => q.Where(r => r.IsOpen),
            RepairFilter.New => q.Where(r => r.Status == RepairStatus.Requested),
            RepairFilter.WaitingPayment => q.Where(r => r.Status == RepairStatus.Quoted),
            RepairFilter.ToReceive => q.Where(r => r.Status == RepairStatus.AwaitingItem || r.Status == RepairStatus.ItemSent),
            RepairFilter.InRepair => q.Where(r => r.Status == RepairStatus.InRepair && r.WorkNote == null),
            RepairFilter.ToReturn => q.Where(r => r.Status == RepairStatus.InRepair && r.WorkNote != null),
            RepairFilter.Overdue => q.Where(r => (r.Status == RepairStatus.Quoted && r.QuoteExpiresUtc <= now)
                || (r.Status == RepairStatus.InRepair && r.ItemReceivedUtc <= longAgo)),
            _ => q,
        };
    }
}
