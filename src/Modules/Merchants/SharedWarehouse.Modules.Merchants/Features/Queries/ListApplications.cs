using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.Modules.Merchants.Domain;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Merchants.Features.Queries;

public sealed record ApplicationRow(Guid Id, string ShopName, ShopType ShopType, string RegionCode, ApplicationStatus Status,
    DateTime? SubmittedUtc, DateTime UpdatedUtc);

/// The review queue. Status null = awaiting review (submitted or resubmitted); RegionCode filters by any
/// level (a province code matches every district in it). Oldest submissions first: first come, first served.
public sealed record ListApplications(ApplicationStatus? Status, bool AwaitingReview, string? RegionCode, int PageNumber = 1, int PageSize = 20)
    : IQuery<PagedResult<ApplicationRow>>;

internal sealed class ListApplicationsHandler(MerchantsDbContext db) : IRequestHandler<ListApplications, PagedResult<ApplicationRow>>
{
    public async Task<PagedResult<ApplicationRow>> Handle(ListApplications query, CancellationToken ct)
    {
        var applications = db.Applications.AsNoTracking().Where(a => a.Status != ApplicationStatus.Draft);
        if (query.AwaitingReview)
            applications = applications.Where(a => a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Resubmitted);
        else if (query.Status is { } status)
            applications = applications.Where(a => a.Status == status);
        if (RegionPrefix(query.RegionCode) is { } prefix)
            applications = applications.Where(a => a.RegionCode.StartsWith(prefix));

        return await applications.OrderBy(a => a.SubmittedUtc).ThenBy(a => a.Id)
            .Select(a => new ApplicationRow(a.Id, a.ShopName, a.ShopType, a.RegionCode, a.Status, a.SubmittedUtc, a.UpdatedUtc))
            .ToPagedResultAsync(query.PageNumber, query.PageSize, ct);
    }

    /// "330000" → "33", "330100" → "3301", a district → itself.
    private static string? RegionPrefix(string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length != 6 || !code.All(char.IsAsciiDigit)) return null;
        return code.EndsWith("0000", StringComparison.Ordinal) ? code[..2] : code.EndsWith("00", StringComparison.Ordinal) ? code[..4] : code;
    }
}
