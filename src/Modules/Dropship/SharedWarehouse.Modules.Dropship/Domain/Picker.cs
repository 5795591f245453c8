using SharedWarehouse.SharedKernel;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Dropship.Domain;

/// A picker in a team: a shop's own (TeamShopId) or the platform's (null). The phone picks the picker's printer.
public sealed class Picker : Entity
{
    private Picker() { }

    public Guid UserId { get; private set; }
    public Guid? TeamShopId { get; private set; }
    public string Name { get; private set; } = "";
    public string Phone { get; private set; } = "";
    public bool Active { get; private set; } = true;
    public DateTime AddedUtc { get; private set; }

    public static Result<Picker> Add(Guid userId, Guid? teamShopId, string name, string phone, DateTime now)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 20) errors.Add(Error.Validation("Name", "请填写拣货员姓名（20 字以内）"));
        if (!MainlandMobile.IsValid(phone)) errors.Add(Error.Validation("Phone", "请填写正确的手机号"));
        if (errors.Count > 0) return Result<Picker>.Failure(errors);
        return new Picker { UserId = userId, TeamShopId = teamShopId, Name = name.Trim(), Phone = MainlandMobile.Normalize(phone), AddedUtc = now };
    }

    public void SetActive(bool active) => Active = active;
}
