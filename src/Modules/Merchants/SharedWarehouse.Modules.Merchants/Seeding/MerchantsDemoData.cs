using Microsoft.Extensions.Configuration;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Merchants.Domain;
using SharedWarehouse.Modules.Merchants.Features.Queries;
using SharedWarehouse.Modules.Merchants.Features.ReviewApplication;
using SharedWarehouse.Modules.Merchants.Features.SaveApplication;
using SharedWarehouse.Modules.Merchants.Features.Team;
using SharedWarehouse.BuildingBlocks.Web;

namespace SharedWarehouse.Modules.Merchants.Seeding;

/// With Demo:Enabled: two opened shops — a general store (13900000002) and a clothing shop (13900000004), so the
/// marketplace shows more than one seller — one application waiting for review (13900000003), and a 仓管 on the
/// general store's team (13900000005), all made through the real commands so they obey every rule.
internal sealed class MerchantsDemoData(IConfiguration configuration, IAccountDirectory accounts, ISender sender) : IStartupTask
{
    public int Order => 10;

    public async Task RunAsync(CancellationToken ct)
    {
        if (!configuration.GetValue<bool>("Demo:Enabled")) return;
        var merchant = await accounts.FindIdByPhoneAsync("13900000002", ct);
        var applicant = await accounts.FindIdByPhoneAsync("13900000003", ct);
        var reviewer = await accounts.FindIdByPhoneAsync(configuration["Admin:Phone"] ?? "", ct);
        if (merchant is not { } merchantId || applicant is not { } applicantId) return;

        if (await sender.Send(new GetOwnApplication(merchantId), ct) is null)
        {
            var saved = await sender.Send(Application(merchantId, "深圳南山演示旗舰店", "440305", "11010519491231002X"), ct);
            if (saved.IsSuccess && reviewer is { } reviewerId)
                await sender.Send(new ApproveApplication(reviewerId, saved.Value), ct);
        }
        if (await accounts.FindIdByPhoneAsync("13900000004", ct) is { } clothierId && await sender.Send(new GetOwnApplication(clothierId), ct) is null)
        {
            var saved = await sender.Send(Application(clothierId, "杭州四季青演示女装", "330102", "330102199001010020", "服装、鞋包"), ct);
            if (saved.IsSuccess && reviewer is { } reviewerId)
                await sender.Send(new ApproveApplication(reviewerId, saved.Value), ct);
        }
        if (await sender.Send(new GetOwnApplication(applicantId), ct) is null)
            await sender.Send(Application(applicantId, "北京朝阳演示酒行", "110105", "440524198001010013"), ct);
        await ClerkAsync(merchantId, ct);
    }

    /// The general store's owner invites 13900000005, who accepts and is made 仓管 — once.
    private async Task ClerkAsync(Guid ownerId, CancellationToken ct)
    {
        if (await accounts.FindIdByPhoneAsync("13900000005", ct) is not { } clerkId || (await sender.Send(new ListMyShops(clerkId), ct)).Count > 0) return;
        var invitation = await sender.Send(new InviteStaff(ownerId, "13900000005"), ct);
        if (invitation.IsFailure || (await sender.Send(new AcceptInvitation(clerkId, invitation.Value), ct)).IsFailure) return;
        if ((await sender.Send(new GetTeam(ownerId), ct))?.Members.FirstOrDefault(m => m.UserId == clerkId) is { } member)
            await sender.Send(new SetMemberRoles(ownerId, member.MemberId, [ShopRoles.Warehouse]), ct);
    }

    private static SaveApplication Application(Guid applicantId, string shopName, string region, string idNumber, string scope = "酒水、食品、日用百货") =>
        new(applicantId, shopName, ShopType.Flagship, scope, region, "演示法人", idNumber,
            new UploadedImage(PngWriter.Solid(400, 300, 30, 110, 200)), new UploadedImage(PngWriter.Solid(400, 260, 200, 120, 40)), Submit: true);
}
