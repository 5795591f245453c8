using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.Modules.Merchants.Domain;
using SharedWarehouse.Modules.Notifications.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Merchants.Features.ReviewApplication;

public sealed record RejectApplication(Guid ReviewerId, Guid ApplicationId, string? Reason) : ICommand;

internal sealed class RejectApplicationValidator : AbstractValidator<RejectApplication>
{
    public RejectApplicationValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().WithText("请填写驳回原因")
            .MaximumLength(MerchantApplication.MaxReasonLength).WithText("驳回原因最多 {MaxLength} 个字");
    }
}

internal sealed class RejectApplicationHandler(MerchantsDbContext db, TimeProvider time) : IRequestHandler<RejectApplication, Result>
{
    public async Task<Result> Handle(RejectApplication command, CancellationToken ct)
    {
        var application = await db.Applications.Include(a => a.History).FirstOrDefaultAsync(a => a.Id == command.ApplicationId, ct);
        if (application is null) return Error.NotFound();
        var rejected = application.Reject(command.ReviewerId, command.Reason ?? "", time.GetUtcNow().UtcDateTime);
        if (rejected.IsFailure) return rejected;
        db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), application.ApplicantId, "开店申请未通过",
            "您的开店申请「{0}」未通过审核，原因：{1}。修改后可重新提交。", [application.ShopName, application.RejectionReason!], "/merchant-application"));
        return Result.Success();
    }
}
