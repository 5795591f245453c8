using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Payments.Features;

/// IPayments for other modules: each call is a Payments command in its own unit of work.
internal sealed class PaymentsFacade(ISender sender) : IPayments
{
    public Task<Result<string>> StartOnlineAsync(StartPayment request, CancellationToken ct) =>
        sender.Send(new StartOnlinePayment(request), ct);

    public Task<Result> RefundAsync(Guid orderId, long amountFen, string refundReference, string reason, CancellationToken ct) =>
        sender.Send(new RefundPayment(orderId, amountFen, refundReference, reason), ct);
}
