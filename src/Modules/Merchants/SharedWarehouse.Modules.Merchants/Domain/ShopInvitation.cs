using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Merchants.Domain;

public enum InvitationStatus
{
    Open = 0,
    Accepted = 1,
    Declined = 2,
    Revoked = 3,
}

/// An owner's invitation to join the shop's team, addressed to a phone number (the invitee may not have an
/// account yet). Only the person signed in with that number can accept it; then it is closed for good.
public sealed class ShopInvitation : AggregateRoot
{
    private ShopInvitation() { }

    public Guid ShopId { get; private init; }
    public string Phone { get; private init; } = "";
    public Guid InvitedBy { get; private init; }
    public DateTime CreatedUtc { get; private init; }
    public InvitationStatus Status { get; private set; }
    public Guid? AnsweredBy { get; private set; }
    public DateTime? AnsweredUtc { get; private set; }

    /// The phone must already be normalized (MainlandMobile.Normalize): it is compared with account numbers as stored.
    public static ShopInvitation Open(Guid shopId, string normalizedPhone, Guid invitedBy, DateTime nowUtc) =>
        new() { ShopId = shopId, Phone = normalizedPhone, InvitedBy = invitedBy, CreatedUtc = nowUtc, Status = InvitationStatus.Open };

    public Result Accept(Guid userId, DateTime nowUtc) => Close(InvitationStatus.Accepted, userId, nowUtc);

    public Result Decline(Guid userId, DateTime nowUtc) => Close(InvitationStatus.Declined, userId, nowUtc);

    public Result Revoke(Guid ownerId, DateTime nowUtc) => Close(InvitationStatus.Revoked, ownerId, nowUtc);

    private Result Close(InvitationStatus status, Guid by, DateTime nowUtc)
    {
        if (Status != InvitationStatus.Open) return Error.Conflict("该邀请已处理，不能再次操作");
        Status = status;
        AnsweredBy = by;
        AnsweredUtc = nowUtc;
        return Result.Success();
    }
}
