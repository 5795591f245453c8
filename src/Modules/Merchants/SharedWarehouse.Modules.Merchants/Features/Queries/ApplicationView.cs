using SharedWarehouse.Modules.Merchants.Domain;

namespace SharedWarehouse.Modules.Merchants.Features.Queries;

public sealed record HistoryView(ApplicationAction Action, string Actor, DateTime AtUtc, string? Reason);

/// IdNumber is masked unless the query was asked for by a reviewer.
public sealed record ApplicationView(
    Guid Id, Guid ApplicantId, string Applicant, string ShopName, ShopType ShopType, string BusinessScope, string RegionCode,
    string LegalPersonName, string IdNumber, bool IdNumberMasked, bool HasLicenseImage, bool HasIdImage,
    ApplicationStatus Status, string? RejectionReason, Guid? ShopId, DateTime CreatedUtc, DateTime? SubmittedUtc, int Version,
    IReadOnlyList<HistoryView> History)
{
    public bool IsEditable => Status is ApplicationStatus.Draft or ApplicationStatus.Rejected;
    public bool AwaitsReview => Status is ApplicationStatus.Submitted or ApplicationStatus.Resubmitted;
}
