using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.Modules.Merchants.Domain;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Merchants.Features.Team;

public sealed record MemberRow(Guid MemberId, Guid UserId, string Name, string MaskedPhone, bool IsOwner, IReadOnlyList<string> RoleKeys, DateTime JoinedUtc);

public sealed record InvitationRow(Guid InvitationId, string MaskedPhone, DateTime CreatedUtc);

public sealed record TeamView(Guid ShopId, string ShopName, IReadOnlyList<MemberRow> Members, IReadOnlyList<InvitationRow> OpenInvitations);

/// The team page of the shop the user acts for (null without the team permission: only the owner manages it).
public sealed record GetTeam(Guid UserId) : IQuery<TeamView?>;

public sealed record MyInvitation(Guid InvitationId, Guid ShopId, string ShopName, DateTime CreatedUtc);

/// The open invitations sent to the signed-in person's own number.
public sealed record ListMyInvitations(Guid UserId) : IQuery<IReadOnlyList<MyInvitation>>;

public sealed record MyShop(Guid ShopId, string ShopName, bool IsOwner, bool IsActing);

/// The shops the person belongs to, for the back office's shop switcher (the acting one marked).
public sealed record ListMyShops(Guid UserId) : IQuery<IReadOnlyList<MyShop>>;

internal sealed class TeamQueriesHandler(MerchantsDbContext db, IShopAccess access, IAccountDirectory accounts)
    : IRequestHandler<GetTeam, TeamView?>, IRequestHandler<ListMyInvitations, IReadOnlyList<MyInvitation>>,
      IRequestHandler<ListMyShops, IReadOnlyList<MyShop>>
{
    public async Task<TeamView?> Handle(GetTeam query, CancellationToken ct)
    {
        if (await access.ActingAsync(query.UserId, ct) is not { } acting || !acting.Can(ShopPermissions.Team)) return null;
        var members = await db.Members.AsNoTracking().Where(m => m.ShopId == acting.ShopId).ToListAsync(ct);
        var people = await accounts.FindAsync(members.Select(m => m.UserId).ToList(), ct);
        var rows = members.OrderByDescending(m => m.IsOwner).ThenBy(m => m.JoinedUtc).Select(m =>
        {
            var person = people.GetValueOrDefault(m.UserId);
            return new MemberRow(m.Id, m.UserId, person?.DisplayName ?? "", person?.MaskedPhone ?? "", m.IsOwner, m.RoleKeys, m.JoinedUtc);
        }).ToList();
        var invitations = await db.Invitations.AsNoTracking()
            .Where(i => i.ShopId == acting.ShopId && i.Status == InvitationStatus.Open).OrderBy(i => i.CreatedUtc).ToListAsync(ct);
        return new TeamView(acting.ShopId, acting.ShopName, rows,
            invitations.Select(i => new InvitationRow(i.Id, MainlandMobile.Mask(i.Phone), i.CreatedUtc)).ToList());
    }

    public async Task<IReadOnlyList<MyInvitation>> Handle(ListMyInvitations query, CancellationToken ct)
    {
        if (await accounts.FindPhoneAsync(query.UserId, ct) is not { } phone) return [];
        return await db.Invitations.AsNoTracking().Where(i => i.Phone == phone && i.Status == InvitationStatus.Open)
            .Join(db.Shops, i => i.ShopId, s => s.Id, (i, s) => new { i.Id, i.ShopId, s.Name, i.CreatedUtc })
            .OrderBy(i => i.CreatedUtc).Select(i => new MyInvitation(i.Id, i.ShopId, i.Name, i.CreatedUtc)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<MyShop>> Handle(ListMyShops query, CancellationToken ct)
    {
        var acting = await db.ActingShopIdAsync(query.UserId, ct);
        return await db.Members.AsNoTracking().Where(m => m.UserId == query.UserId)
            .Join(db.Shops, m => m.ShopId, s => s.Id, (m, s) => new { s.Id, s.Name, m.IsOwner })
            .OrderByDescending(r => r.IsOwner).ThenBy(r => r.Name)
            .Select(r => new MyShop(r.Id, r.Name, r.IsOwner, r.Id == acting)).ToListAsync(ct);
    }
}
