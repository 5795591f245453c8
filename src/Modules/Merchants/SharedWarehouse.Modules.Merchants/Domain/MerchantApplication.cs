using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Merchants.Domain;

/// A buyer's application to open a shop: Draft → Submitted → Approved | Rejected → Resubmitted → ….
/// The applicant may edit only while it is a draft or after a rejection.
public sealed class MerchantApplication : AggregateRoot
{
    public const int MaxReasonLength = 500;
    private readonly List<ApplicationHistoryEntry> _history = [];

    private MerchantApplication() { }

    public Guid ApplicantId { get; private init; }
    public string ShopName { get; private set; } = "";
    public string NormalizedShopName { get; private set; } = "";
    public ShopType ShopType { get; private set; }
    public string BusinessScope { get; private set; } = "";
    public string RegionCode { get; private set; } = "";
    public string LegalPersonName { get; private set; } = "";
    public string IdNumber { get; private set; } = "";
    public string? LicenseImage { get; private set; }
    public string? IdImage { get; private set; }
    public ApplicationStatus Status { get; private set; }
    public string? RejectionReason { get; private set; }
    public Guid? ShopId { get; private set; }
    public DateTime CreatedUtc { get; private init; }
    public DateTime UpdatedUtc { get; private set; }
    public DateTime? SubmittedUtc { get; private set; }
    public IReadOnlyList<ApplicationHistoryEntry> History => _history;

    public bool IsEditable => Status is ApplicationStatus.Draft or ApplicationStatus.Rejected;
    public bool AwaitsReview => Status is ApplicationStatus.Submitted or ApplicationStatus.Resubmitted;

    public static MerchantApplication Start(Guid applicantId, DateTime nowUtc) =>
        new() { ApplicantId = applicantId, Status = ApplicationStatus.Draft, CreatedUtc = nowUtc, UpdatedUtc = nowUtc };

    public static string Normalize(string shopName) => shopName.Trim().ToUpperInvariant();

    public Result Edit(ApplicationDetails details, string? licenseImage, string? idImage, DateTime nowUtc)
    {
        if (!IsEditable) return Error.Conflict("申请正在审核或已通过，不能修改");
        ShopName = details.ShopName.Trim();
        NormalizedShopName = Normalize(details.ShopName);
        ShopType = details.ShopType;
        BusinessScope = details.BusinessScope.Trim();
        RegionCode = details.RegionCode;
        LegalPersonName = details.LegalPersonName.Trim();
        IdNumber = details.IdNumber;
        LicenseImage = licenseImage ?? LicenseImage;
        IdImage = idImage ?? IdImage;
        UpdatedUtc = nowUtc;
        return Result.Success();
    }

    /// Submitting twice (a double click, a replayed form) changes nothing the second time.
    public Result Submit(DateTime nowUtc)
    {
        if (AwaitsReview) return Result.Success();
        if (!IsEditable) return Error.Conflict("申请已通过，不能再次提交");
        var missing = new List<Error>();
        if (LicenseImage is null) missing.Add(Error.Validation("LicenseImage", "请上传营业执照图片"));
        if (IdImage is null) missing.Add(Error.Validation("IdImage", "请上传法人身份证图片"));
        if (missing.Count > 0) return Result.Failure(missing);

        var action = Status == ApplicationStatus.Rejected ? ApplicationAction.Resubmitted : ApplicationAction.Submitted;
        Status = action == ApplicationAction.Resubmitted ? ApplicationStatus.Resubmitted : ApplicationStatus.Submitted;
        SubmittedUtc = nowUtc;
        UpdatedUtc = nowUtc;
        _history.Add(new ApplicationHistoryEntry(action, ApplicantId, nowUtc, null));
        return Result.Success();
    }

    public Result Approve(Guid reviewerId, Guid shopId, DateTime nowUtc)
    {
        if (!AwaitsReview) return Error.Conflict("该申请当前不在待审核状态");
        if (reviewerId == ApplicantId) return Error.Forbidden("不能审核自己的申请");
        Status = ApplicationStatus.Approved;
        ShopId = shopId;
        RejectionReason = null;
        UpdatedUtc = nowUtc;
        _history.Add(new ApplicationHistoryEntry(ApplicationAction.Approved, reviewerId, nowUtc, null));
        return Result.Success();
    }

    public Result Reject(Guid reviewerId, string reason, DateTime nowUtc)
    {
        if (!AwaitsReview) return Error.Conflict("该申请当前不在待审核状态");
        if (reviewerId == ApplicantId) return Error.Forbidden("不能审核自己的申请");
        if (string.IsNullOrWhiteSpace(reason)) return Error.Validation("Reason", "请填写驳回原因");
        if (reason.Trim().Length > MaxReasonLength) return Error.Validation("Reason", "驳回原因最多 500 个字");
        Status = ApplicationStatus.Rejected;
        RejectionReason = reason.Trim();
        UpdatedUtc = nowUtc;
        _history.Add(new ApplicationHistoryEntry(ApplicationAction.Rejected, reviewerId, nowUtc, RejectionReason));
        return Result.Success();
    }
}
