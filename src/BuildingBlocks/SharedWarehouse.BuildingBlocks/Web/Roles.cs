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
    public const string Picker = "Picker";

    public static readonly string[] All = [Buyer, MerchantOwner, MerchantStaff, Admin, Reviewer, CustomerService, Operations, Finance, Picker];

    /// Admin sub-roles; every one of them also gets into the review console.
    public static readonly string[] AdminSubRoles = [Reviewer, CustomerService, Operations, Finance];

    public const string AdminConsole = Admin + "," + Reviewer + "," + CustomerService + "," + Operations + "," + Finance;
    public const string MerchantBackOffice = MerchantOwner + "," + MerchantStaff;
    public const string ApplicationReviewers = Admin + "," + Reviewer;
}
