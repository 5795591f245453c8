using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.Modules.Merchants.Domain;
using SharedWarehouse.Modules.Notifications.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Merchants.Features.ReviewApplication;

public sealed record ApproveApplication(Guid ReviewerId, Guid ApplicationId) : ICommand<Guid>;

/// Opens the shop with its owner as the first team member and, through the outbox in the same transaction,
/// makes the applicant a merchant owner (Accounts) and tells them in their inbox (Notifications).
internal sealed class ApproveApplicationHandler(MerchantsDbContext db, TimeProvider time) : IRequestHandler<ApproveApplication, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(ApproveApplication command, CancellationToken ct)
    {
        var application = await db.Applications.Include(a => a.History).FirstOrDefaultAsync(a => a.Id == command.ApplicationId, ct);
        if (application is null) return Error.NotFound();
        var now = time.GetUtcNow().UtcDateTime;
        var shop = Shop.OpenFrom(application, now);
        var approved = application.Approve(command.ReviewerId, shop.Id, now);
        if (approved.IsFailure) return Result<Guid>.Failure(approved.Errors);
        db.Shops.Add(shop);
        // The owner is the shop's first member and acts for it from now on: opening one's own shop is a reason to
        // leave the team one may have worked in (switching back is one click). Cleared in this transaction.
        await db.Members.Where(m => m.UserId == application.ApplicantId && m.IsCurrent)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.IsCurrent, false), ct);
        db.Members.Add(ShopMember.Owner(shop.Id, application.ApplicantId, now));
        db.Publish(new MerchantOwnerAppointed(Guid.CreateVersion7(), application.ApplicantId, shop.Id));
        db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), application.ApplicantId, "开店申请已通过",
            "恭喜！您的店铺「{0}」已开通，现在可以进入商家后台。", [shop.Name], "/merchant"));
        return shop.Id;
    }
}
