namespace SharedWarehouse.Modules.Merchants.Features.Team;

internal static class TeamLinks
{
    /// Where a person answers the invitations sent to their number (account centre).
    public const string Invitations = "/account/shop-invitations";

    /// The owner's team page.
    public const string Team = "/merchant/team";
}
