using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Accounts.Features.PlatformStaff;

namespace SharedWarehouse.Modules.Accounts.Areas.Admin.Controllers;

/// 平台人员: the super admin gives console roles to accounts by mobile number and takes them away.
[Area("Admin")]
[Authorize(Roles = Roles.Admin)]
[Route("admin/staff")]
public sealed class PlatformStaffController(ISender sender) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(CancellationToken ct) => PageAsync(new PlatformRolesInput(), ct);

    [HttpPost("")]
    public async Task<IActionResult> Save(PlatformRolesInput input, CancellationToken ct)
    {
        var result = await sender.Send(new SetPlatformRoles(User.Id(), input.Phone, input.Roles), ct);
        if (result.IsFailure)
        {
            ModelState.AddResultErrors(result);
            return await PageAsync(input, ct);
        }
        this.Flash(input.Roles.Count == 0 ? "已收回该账号的全部后台角色" : "角色已保存");
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> PageAsync(PlatformRolesInput input, CancellationToken ct)
    {
        ViewData["Staff"] = await sender.Send(new ListPlatformStaff(), ct);
        return View("Index", input);
    }
}

/// The staff form: whose number, and which console roles they should hold afterwards (none: all taken away).
public sealed class PlatformRolesInput
{
    public string? Phone { get; set; }
    public List<string> Roles { get; set; } = [];
}
