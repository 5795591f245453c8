using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Accounts.Data;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Accounts.Features.PlatformStaff;

public sealed record PlatformStaffRow(Guid UserId, string DisplayName, string MaskedPhone, IReadOnlyList<string> Roles);

/// Everyone who holds a console role (the super admins first), for the staff page.
public sealed record ListPlatformStaff : IQuery<IReadOnlyList<PlatformStaffRow>>;

internal sealed class ListPlatformStaffHandler(AccountsDbContext db) : IRequestHandler<ListPlatformStaff, IReadOnlyList<PlatformStaffRow>>
{
    public async Task<IReadOnlyList<PlatformStaffRow>> Handle(ListPlatformStaff query, CancellationToken ct)
    {
        string[] console = [Roles.Admin, .. Roles.AdminSubRoles];
        var rows = await (from ur in db.UserRoles
                          join r in db.Roles on ur.RoleId equals r.Id
                          join u in db.Users on ur.UserId equals u.Id
                          where console.Contains(r.Name!)
                          select new { u.Id, u.DisplayName, u.PhoneNumber, Role = r.Name! }).ToListAsync(ct);
        return rows.GroupBy(r => r.Id)
            .Select(g => new PlatformStaffRow(g.Key, g.First().DisplayName, MainlandMobile.Mask(g.First().PhoneNumber),
                console.Where(role => g.Any(r => r.Role == role)).ToList()))
            .OrderByDescending(r => r.Roles.Contains(Roles.Admin)).ThenBy(r => r.MaskedPhone).ToList();
    }
}
