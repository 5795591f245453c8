using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Merchants.Features.Team;
using SharedWarehouse.Modules.Merchants.Web;

namespace SharedWarehouse.Modules.Merchants.Areas.Merchant.Controllers;

/// The shop's team (子账号): invite by mobile number, give roles, remove. Owner only (the team permission); members
/// and invitations are loaded by (id AND the acting shop), so another shop's are not found.
[Area("Merchant")]
[Authorize(Roles = Roles.MerchantBackOffice)]
[ShopPermission(ShopPermissions.Team)]
[Route("merchant/team")]
public sealed class TeamController(ISender sender) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken ct) => PageAsync(new InviteInput(), ct);

    [HttpPost("invitations")]
    public async Task<IActionResult> Invite(InviteInput input, CancellationToken ct)
    {
        var result = await sender.Send(new InviteStaff(User.Id(), input.Phone), ct);
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            return await PageAsync(input, ct);
        }
        this.Flash("邀请已发送，对方登录后在“店铺邀请”中接受");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("invitations/{id:guid}/revoke")]
    public Task<IActionResult> Revoke(Guid id, CancellationToken ct) => RunAsync(new RevokeInvitation(User.Id(), id), "邀请已撤回", ct);

    [HttpPost("members/{id:guid}/roles")]
    public Task<IActionResult> SetRoles(Guid id, MemberRolesInput input, CancellationToken ct) =>
        RunAsync(new SetMemberRoles(User.Id(), id, input.RoleKeys), "角色已保存，对方下次打开页面时生效", ct);

    [HttpPost("members/{id:guid}/remove")]
    public Task<IActionResult> Remove(Guid id, CancellationToken ct) => RunAsync(new RemoveMember(User.Id(), id), "已移出团队", ct);

    private async Task<IActionResult> RunAsync(ICommand command, string success, CancellationToken ct)
    {
        var result = await sender.Send(command, ct);
        if (result.IsNotFound) return NotFound();
        this.Flash(result, success);
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> PageAsync(InviteInput input, CancellationToken ct)
    {
        var team = await sender.Send(new GetTeam(User.Id()), ct);
        if (team is null) return NotFound();
        ViewData["Team"] = team;
        return View("Index", input);
    }
}
