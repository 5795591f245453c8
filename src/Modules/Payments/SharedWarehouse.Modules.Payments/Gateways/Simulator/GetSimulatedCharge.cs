using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Payments.Data;

namespace SharedWarehouse.Modules.Payments.Gateways.Simulator;

public sealed record PayPageView(Guid ChargeId, string MerchantName, string Subject, string OrderNumber, long AmountFen, SimulatedChargeStatus Status,
    string ReturnUrl);

/// The pay page shows what the gateway knows; the order number is the merchant's reference on the bill.
public sealed record GetSimulatedCharge(Guid ChargeId) : IQuery<PayPageView?>;

internal sealed class GetSimulatedChargeHandler(PaymentsDbContext db, SimulatorOptions options) : IRequestHandler<GetSimulatedCharge, PayPageView?>
{
    public async Task<PayPageView?> Handle(GetSimulatedCharge query, CancellationToken ct) =>
        await (from c in db.SimulatedCharges.AsNoTracking()
               join p in db.Payments.AsNoTracking() on c.PaymentId equals p.Id
               where c.Id == query.ChargeId
               select new PayPageView(c.Id, options.MerchantName, c.Subject, p.OrderNumber, c.AmountFen, c.Status, c.ReturnUrl))
            .FirstOrDefaultAsync(ct);
}
