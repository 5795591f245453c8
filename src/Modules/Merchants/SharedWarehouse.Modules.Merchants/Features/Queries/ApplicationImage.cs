using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Data;

namespace SharedWarehouse.Modules.Merchants.Features.Queries;

public enum ApplicationImageKind { License, Id }

/// The stored file name of an application image, only for its applicant or for a reviewer: anyone else
/// gets null, exactly as if it did not exist.
public sealed record FindApplicationImage(Guid ApplicationId, ApplicationImageKind Kind, Guid ViewerId, bool ViewerIsReviewer) : IQuery<string?>;

internal sealed class FindApplicationImageHandler(MerchantsDbContext db) : IRequestHandler<FindApplicationImage, string?>
{
    public Task<string?> Handle(FindApplicationImage query, CancellationToken ct) =>
        db.Applications.AsNoTracking()
            .Where(a => a.Id == query.ApplicationId && (query.ViewerIsReviewer || a.ApplicantId == query.ViewerId))
            .Select(a => query.Kind == ApplicationImageKind.License ? a.LicenseImage : a.IdImage)
            .FirstOrDefaultAsync(ct);
}
