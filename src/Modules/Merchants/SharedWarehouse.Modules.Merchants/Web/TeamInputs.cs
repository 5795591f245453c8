namespace SharedWarehouse.Modules.Merchants.Web;

/// The invite form: the number only (the shop is the one the owner acts for, never posted).
public sealed class InviteInput
{
    public string? Phone { get; set; }
}

/// A member's role checkboxes: built-in role keys only (the command refuses any other).
public sealed class MemberRolesInput
{
    public List<string> RoleKeys { get; set; } = [];
}
