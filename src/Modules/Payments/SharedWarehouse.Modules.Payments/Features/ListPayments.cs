using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Payments.Data;
using SharedWarehouse.Modules.Payments.Domain;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Payments.Features;

/// Totals cover every payment matching the filter, not only the page shown.
public sealed record PaymentsPage(PagedResult<PaymentRow> Page, long AmountFen, long CapturedFen, long RefundedFen);

public sealed record PaymentRow(Guid Id, string OrderNumber, string Gateway, long AmountFen, PaymentStatus Status, long RefundedFen,
    int RefundCount, string? FailureReason, DateTime CreatedUtc, DateTime? PaidUtc, int NotificationCount, int NotifyAttempts, int NotificationsAcknowledged);

public sealed record ListPayments(PaymentStatus? Status, string? OrderNumber, int PageNumber = 1, int PageSize = 20) : IQuery<PaymentsPage>;

internal sealed class ListPaymentsHandler(PaymentsDbContext db) : IRequestHandler<ListPayments, PaymentsPage>
{
    public async Task<PaymentsPage> Handle(ListPayments query, CancellationToken ct)
    {
        var payments = db.Payments.AsNoTracking();
        if (query.Status is { } status) payments = payments.Where(p => p.Status == status);
        if (!string.IsNullOrWhiteSpace(query.OrderNumber)) payments = payments.Where(p => p.OrderNumber.Contains(query.OrderNumber.Trim()));

        var totals = await payments.GroupBy(_ => 1).Select(g => new
        {
            Count = g.Count(),
            Amount = g.Sum(p => p.AmountFen),
            Captured = g.Sum(p => p.Status == PaymentStatus.Succeeded ? p.AmountFen : 0),
            Refunded = g.Sum(p => p.RefundedFen),
        }).FirstOrDefaultAsync(ct);
        var total = totals?.Count ?? 0;
        // The count comes with the totals above, so the page is cut here rather than by ToPagedResultAsync (a second count).
        var pageSize = PageMath.Size(query.PageSize);
        var pageNumber = PageMath.Clamp(query.PageNumber, total, pageSize);
        var page = await payments.OrderByDescending(p => p.CreatedUtc).ThenByDescending(p => p.Id)
            .Skip((pageNumber - 1) * pageSize).Take(pageSize)
            .Select(p => new { p.Id, p.OrderNumber, p.Gateway, p.AmountFen, p.Status, p.RefundedFen, Refunds = p.Refunds.Count, p.FailureReason,
                p.CreatedUtc, p.PaidUtc })
            .ToListAsync(ct);

        var ids = page.Select(p => p.Id).ToList();
        var notifications = await db.SimulatorNotifications.AsNoTracking().Where(n => ids.Contains(n.PaymentId))
            .GroupBy(n => n.PaymentId)
            .Select(g => new { PaymentId = g.Key, Count = g.Count(), Attempts = g.Sum(n => n.Attempts), Acknowledged = g.Count(n => n.AcknowledgedUtc != null) })
            .ToDictionaryAsync(x => x.PaymentId, ct);
        var rows = page.Select(p =>
        {
            var n = notifications.GetValueOrDefault(p.Id);
            return new PaymentRow(p.Id, p.OrderNumber, p.Gateway, p.AmountFen, p.Status, p.RefundedFen, p.Refunds, p.FailureReason, p.CreatedUtc,
                p.PaidUtc, n?.Count ?? 0, n?.Attempts ?? 0, n?.Acknowledged ?? 0);
        }).ToList();
        return new PaymentsPage(new PagedResult<PaymentRow>(rows, pageNumber, pageSize, total), totals?.Amount ?? 0, totals?.Captured ?? 0, totals?.Refunded ?? 0);
    }
}
