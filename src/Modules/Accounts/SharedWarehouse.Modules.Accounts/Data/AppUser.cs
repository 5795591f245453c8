using Microsoft.AspNetCore.Identity;

namespace SharedWarehouse.Modules.Accounts.Data;

/// UserName is the normalised mainland mobile number; it is also PhoneNumber (confirmed by SMS).
public sealed class AppUser : IdentityUser<Guid>
{
    public AppUser() => Id = Guid.CreateVersion7();

    public string DisplayName { get; set; } = "";
    public string RegionCode { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
}

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole() => Id = Guid.CreateVersion7();
    public AppRole(string name) : this() => Name = name;
}
