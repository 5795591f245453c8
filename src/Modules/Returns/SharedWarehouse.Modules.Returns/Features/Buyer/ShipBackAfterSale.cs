using FluentValidation;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Features.Requests;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Features.Buyer;

/// The buyer sent the goods back: carrier and tracking number.
public sealed record ShipBackAfterSale(Guid BuyerId, Guid RequestId, string? Carrier, string? TrackingNumber) : ICommand;

internal sealed class ShipBackAfterSaleValidator : AbstractValidator<ShipBackAfterSale>
{
    public ShipBackAfterSaleValidator(ICourier courier)
    {
        RuleFor(c => c.Carrier).Must(c => courier.FindCarrier(c) is not null).WithText("请选择快递公司");
        RuleFor(c => c.TrackingNumber).Must(t => ScanCode.Normalize(t) is { Length: >= 6 and <= 40 } n && n.All(char.IsAsciiLetterOrDigit))
            .WithText("请填写正确的运单号（6–40 位字母或数字）");
    }
}

internal sealed class ShipBackAfterSaleHandler(ReturnsDbContext db, IMerchantDirectory merchants, ICourier courier, TimeProvider time) : IRequestHandler<ShipBackAfterSale, Result>
{
    public async Task<Result> Handle(ShipBackAfterSale c, CancellationToken ct)
    {
        var carrier = courier.FindCarrier(c.Carrier)!; // the validator checked it
        return await db.ChangeAsync(merchants, await db.OfBuyerAsync(c.BuyerId, c.RequestId, ct),
            r => r.ShipBack(c.BuyerId, carrier.Code, carrier.Name, ScanCode.Normalize(c.TrackingNumber), time.GetUtcNow().UtcDateTime), ct);
    }
}
