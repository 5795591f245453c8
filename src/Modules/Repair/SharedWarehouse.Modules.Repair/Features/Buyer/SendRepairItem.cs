using FluentValidation;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Repair.Data;
using SharedWarehouse.Modules.Repair.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Repair.Features.Buyer;

/// The buyer sends the item (carrier and tracking number) or brings it to the shop (DropOff, nothing else needed).
public sealed record SendRepairItem(Guid BuyerId, Guid RepairId, bool DropOff, string? Carrier, string? TrackingNumber) : ICommand;

internal sealed class SendRepairItemValidator : AbstractValidator<SendRepairItem>
{
    public SendRepairItemValidator(ICourier courier)
    {
        When(c => !c.DropOff, () =>
        {
            RuleFor(c => c.Carrier).Must(c => courier.FindCarrier(c) is not null).WithText("请选择快递公司");
            RuleFor(c => c.TrackingNumber).Must(t => ScanCode.Normalize(t) is { Length: >= 6 and <= 40 } n && n.All(char.IsAsciiLetterOrDigit))
                .WithText("请填写正确的运单号（6–40 位字母或数字）");
        });
    }
}

internal sealed class SendRepairItemHandler(RepairDbContext db, IMerchantDirectory merchants, ICourier courier, TimeProvider time) : IRequestHandler<SendRepairItem, Result>
{
    public async Task<Result> Handle(SendRepairItem c, CancellationToken ct)
    {
        var carrier = c.DropOff ? null : courier.FindCarrier(c.Carrier)!; // the validator checked it
        return await db.ChangeAsync(merchants, await db.OfBuyerAsync(c.BuyerId, c.RepairId, ct),
            r => r.SendItem(c.BuyerId, c.DropOff, carrier?.Code, carrier?.Name, c.DropOff ? null : ScanCode.Normalize(c.TrackingNumber), time.GetUtcNow().UtcDateTime), ct);
    }
}
