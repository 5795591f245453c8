using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.Modules.Merchants.Domain;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Merchants.Features.Queries;

/// The applicant's own application: looked up by the signed-in user, never by an id from the request.
public sealed record GetOwnApplication(Guid ApplicantId) : IQuery<ApplicationView?>;

/// A reviewer's view of any application, with the full ID number.
public sealed record GetApplicationForReview(Guid ApplicationId) : IQuery<ApplicationView?>;

internal sealed class ApplicationQueriesHandler(MerchantsDbContext db, IAccountDirectory accounts)
    : IRequestHandler<GetOwnApplication, ApplicationView?>, IRequestHandler<GetApplicationForReview, ApplicationView?>
{
    public async Task<ApplicationView?> Handle(GetOwnApplication query, CancellationToken ct) =>
        await ViewAsync(await Load().FirstOrDefaultAsync(a => a.ApplicantId == query.ApplicantId, ct), reveal: false, ct);

    public async Task<ApplicationView?> Handle(GetApplicationForReview query, CancellationToken ct) =>
        await ViewAsync(await Load().FirstOrDefaultAsync(a => a.Id == query.ApplicationId, ct), reveal: true, ct);

    private IQueryable<MerchantApplication> Load() => db.Applications.AsNoTracking().Include(a => a.History);

    private async Task<ApplicationView?> ViewAsync(MerchantApplication? a, bool reveal, CancellationToken ct)
    {
        if (a is null) return null;
        var people = await accounts.FindAsync(a.History.Select(h => h.ActorId).Append(a.ApplicantId).Distinct().ToList(), ct);
        string Name(Guid id) => people.TryGetValue(id, out var p) ? $"{p.DisplayName} ({p.MaskedPhone})" : id.ToString()[..8];
        var history = a.History.OrderBy(h => h.AtUtc).Select(h => new HistoryView(h.Action, Name(h.ActorId), h.AtUtc, h.Reason)).ToList();
        return new ApplicationView(a.Id, a.ApplicantId, Name(a.ApplicantId), a.ShopName, a.ShopType, a.BusinessScope, a.RegionCode,
            a.LegalPersonName, reveal ? a.IdNumber : ChineseIdNumber.Mask(a.IdNumber), !reveal, a.LicenseImage is not null,
            a.IdImage is not null, a.Status, a.RejectionReason, a.ShopId, a.CreatedUtc, a.SubmittedUtc, a.Version, history);
    }
}
