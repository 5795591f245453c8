using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Picking;

/// The picker took a returned item back to its stall: the stall refunded an amount (platform dropship: credited to
/// the merchant's wallet, once per return) or refused (the reason goes to the merchant). A retried tap has one effect.
public sealed record RecordStallReturn(Guid UserId, Guid ReturnId, bool Refunded, long? AmountFen, string? Note) : IProcess<ReturnStatus>;

internal sealed class RecordStallReturnHandler(ISender sender) : IRequestHandler<RecordStallReturn, Result<ReturnStatus>>
{
    public async Task<Result<ReturnStatus>> Handle(RecordStallReturn c, CancellationToken ct)
    {
        var recorded = await sender.Send(new RecordStallOutcome(c), ct);
        if (recorded.IsFailure) return Result<ReturnStatus>.Failure(recorded.Errors);
        var credited = await sender.Send(new CreditStallRefund(c.ReturnId), ct); // the sweep finishes it after a crash
        return credited.IsFailure ? Result<ReturnStatus>.Failure(credited.Errors) : recorded.Value.Status;
    }
}
