namespace SharedWarehouse.BuildingBlocks.Web;

/// Role names are shared by every module's [Authorize] attributes.
public static class Roles
{
    public const string Buyer = "Buyer";
    public const string MerchantOwner = "MerchantOwner";
    public const string MerchantStaff = "MerchantStaff";
    public const string Admin = "Admin";
    public const string Reviewer = "Reviewer";
    public const string CustomerService = "CustomerService";
    public const string Operations = "Operations";
    public const string Finance = "Finance";
    public const string Risk = "Risk";
    public const string Picker = "Picker";

    public static readonly string[] All = [Buyer, MerchantOwner, MerchantStaff, Admin, Reviewer, CustomerService, Operations, Finance, Risk, Picker];

    /// Admin sub-roles, granted by the super admin (Admin) on /admin/staff; every one of them gets into the console,
    /// and each console page names the roles it serves.
    public static readonly string[] AdminSubRoles = [Reviewer, CustomerService, Operations, Finance, Risk];

    /// The Chinese name of each sub-role (a localisation key), in the order the staff page lists them.
    public static string NameOf(string role) => role switch
    {
        Admin => "超级管理员",
        Reviewer => "审核员",
        CustomerService => "客服专员",
        Operations => "运营专员",
        Finance => "财务专员",
        Risk => "风控专员",
        _ => role,
    };

    public const string AdminConsole = Admin + "," + Reviewer + "," + CustomerService + "," + Operations + "," + Finance + "," + Risk;
    public const string MerchantBackOffice = MerchantOwner + "," + MerchantStaff;
    public const string ApplicationReviewers = Admin + "," + Reviewer;
}
