using FluentValidation;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Repair.Data;
using SharedWarehouse.Modules.Repair.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Repair.Features.Merchant;

/// The repaired item goes back to the buyer: carrier and tracking number.
public sealed record ShipRepairBack(Guid UserId, Guid RepairId, string? Carrier, string? TrackingNumber) : ICommand;

internal sealed class ShipRepairBackValidator : AbstractValidator<ShipRepairBack>
{
    public ShipRepairBackValidator(ICourier courier)
    {
        RuleFor(c => c.Carrier).Must(c => courier.FindCarrier(c) is not null).WithText("请选择快递公司");
        RuleFor(c => c.TrackingNumber).Must(t => ScanCode.Normalize(t) is { Length: >= 6 and <= 40 } n && n.All(char.IsAsciiLetterOrDigit))
            .WithText("请填写正确的运单号（6–40 位字母或数字）");
    }
}

internal sealed class ShipRepairBackHandler(RepairDbContext db, IMerchantDirectory merchants, IShopAccess shops, ICourier courier, TimeProvider time) : IRequestHandler<ShipRepairBack, Result>
{
    public async Task<Result> Handle(ShipRepairBack c, CancellationToken ct)
    {
        var carrier = courier.FindCarrier(c.Carrier)!; // the validator checked it
        return await db.ChangeAsync(merchants, await db.OfMerchantAsync(shops, c.UserId, c.RepairId, ct),
            r => r.ShipBack(c.UserId, carrier.Code, carrier.Name, ScanCode.Normalize(c.TrackingNumber), time.GetUtcNow().UtcDateTime), ct);
    }
}
