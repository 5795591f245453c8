using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Payments.Contracts;
using SharedWarehouse.Modules.Repair.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Repair.Features.Buyer;

/// The buyer accepts the quote and pays it online: Payments opens (or returns the still-open) payment whose order id is
/// the repair's id and whose number is the repair's, so the payment is told apart from orders' and recharges'; the answer
/// is the gateway's pay page. The money arrives later as PaymentSucceeded (RepairPaidHandler).
public sealed record PayRepairQuote(Guid BuyerId, Guid RepairId) : IProcess<string>;

internal sealed class PayRepairQuoteHandler(RepairDbContext db, IPayments payments, TimeProvider time) : IRequestHandler<PayRepairQuote, Result<string>>
{
    public async Task<Result<string>> Handle(PayRepairQuote c, CancellationToken ct)
    {
        var repair = await db.Repairs.AsNoTracking().FirstOrDefaultAsync(r => r.Id == c.RepairId && r.BuyerId == c.BuyerId, ct);
        if (repair is null) return Error.NotFound();
        if (!repair.CanPay(time.GetUtcNow().UtcDateTime)) return Error.Conflict("该报价已不能支付（已处理或已过期）");
        return await payments.StartOnlineAsync(new StartPayment(repair.Id, repair.Number, c.BuyerId, repair.QuoteFen, "维修费", $"/repairs/{repair.Id}"), ct);
    }
}
