using System.Text.Json;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Merchants.Domain;

/// A person on a shop's team. The owner is a member too (with every permission), so "which shop does this person
/// act for" has one answer for owners and staff: their IsCurrent membership, at most one per person.
public sealed class ShopMember : AggregateRoot
{
    private ShopMember() { }

    public Guid ShopId { get; private init; }
    public Guid UserId { get; private init; }
    public bool IsOwner { get; private init; }
    public bool IsCurrent { get; private set; }
    public DateTime JoinedUtc { get; private init; }

    /// Built-in role keys (ShopRoles) as a JSON array in a text column: the same on both providers, always read whole.
    public string RoleKeysJson { get; private set; } = "[]";

    public IReadOnlyList<string> RoleKeys => JsonSerializer.Deserialize<string[]>(RoleKeysJson) ?? [];

    public static ShopMember Owner(Guid shopId, Guid userId, DateTime nowUtc) =>
        new() { ShopId = shopId, UserId = userId, IsOwner = true, IsCurrent = true, JoinedUtc = nowUtc };

    /// A member who accepted an invitation starts with no role: the owner decides what they may do.
    public static ShopMember Staff(Guid shopId, Guid userId, bool isCurrent, DateTime nowUtc) =>
        new() { ShopId = shopId, UserId = userId, IsCurrent = isCurrent, JoinedUtc = nowUtc };

    public Result SetRoles(IReadOnlyCollection<string> roleKeys)
    {
        if (IsOwner) return Error.Conflict("店主拥有全部权限，无需分配角色");
        RoleKeysJson = JsonSerializer.Serialize(roleKeys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());
        return Result.Success();
    }

    public void MakeCurrent() => IsCurrent = true;
}
