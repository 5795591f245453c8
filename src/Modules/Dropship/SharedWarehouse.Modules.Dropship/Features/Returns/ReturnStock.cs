using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Dropship.Features.Returns;

public sealed record ReturnStockRow(Guid Id, string OrderNumber, string SkuCode, string Title, string Colour, string Size, int Quantity,
    ReturnStatus Status, string ReturnLabelId, string? StallText, long? PaidUnitFen, string? PickerName, string? Note, DateTime InspectedUtc,
    long? StallRefundFen, bool CanGoBackToStall, bool CanClose);

/// The returns a warehouse inspected (its returned stock and what was refused or sent back), newest first. Scope is
/// the warehouse (a shop's own or Guid.Empty for the platform's); ShopId narrows it to one shop when given.
public sealed record ListReturnStock(Guid Scope, Guid? ShopId, ReturnStatus? Status, int PageNumber = 1, int PageSize = 30)
    : IQuery<PagedResult<ReturnStockRow>>;

internal sealed class ListReturnStockHandler(DropshipDbContext db) : IRequestHandler<ListReturnStock, PagedResult<ReturnStockRow>>
{
    public async Task<PagedResult<ReturnStockRow>> Handle(ListReturnStock q, CancellationToken ct)
    {
        var returns = db.Returns.AsNoTracking().Where(r => r.Scope == q.Scope);
        if (q.ShopId is { } shop) returns = returns.Where(r => r.ShopId == shop);
        if (q.Status is { } status) returns = returns.Where(r => r.Status == status);
        var page = await returns.OrderByDescending(r => r.InspectedUtc).ThenByDescending(r => r.Id).ToPagedResultAsync(q.PageNumber, q.PageSize, ct);
        return page.Map(r => new ReturnStockRow(r.Id, r.OrderNumber, r.SkuCode, r.Title, r.Colour, r.Size, r.Quantity,
            r.Status, r.ReturnLabelId, r.StallText, r.PaidUnitFen, r.PickerName, r.Note, r.InspectedUtc, r.StallRefundFen, r.CanGoBackToStall,
            r.Status is ReturnStatus.InStock or ReturnStatus.Refused or ReturnStatus.StallRefused));
    }
}
