using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Courier.Data;
using SharedWarehouse.Modules.Courier.Domain;
using SharedWarehouse.Modules.Courier.Gateways;
using SharedWarehouse.SharedKernel;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Courier.Features;

/// Books the parcel with the carrier and stores the waybill; the same reference again answers the waybill already
/// issued (a racing duplicate loses at the unique reference and is answered by the facade's second try).
public sealed record CreateWaybill(WaybillRequest Request) : ICommand<Waybill>;

internal sealed class CreateWaybillValidator : AbstractValidator<CreateWaybill>
{
    public CreateWaybillValidator(IRegionCatalog regions, ICourierGateway gateway)
    {
        RuleFor(c => c.Request.CarrierCode).Must(code => gateway.Carriers.Any(k => string.Equals(k.Code, code, StringComparison.OrdinalIgnoreCase)))
            .When(c => c.Request.CarrierCode is not null).WithText("请选择快递公司");
        RuleFor(c => c.Request.Reference).NotEmpty().WithText("缺少参考号")
            .MaximumLength(IssuedWaybill.MaxReferenceLength).WithText("参考号最多 {MaxLength} 个字符");
        RuleFor(c => c.Request.ShopId).NotEmpty().WithText("缺少店铺");
        RuleFor(c => c.Request.Sender).NotNull().WithText("缺少寄件人").SetValidator(new PartyValidator(regions, receiver: false));
        RuleFor(c => c.Request.Receiver).NotNull().WithText("缺少收件人").SetValidator(new PartyValidator(regions, receiver: true));
        RuleFor(c => c.Request.Contents).NotEmpty().WithText("请填写物品")
            .MaximumLength(IssuedWaybill.MaxContentsLength).WithText("物品最多 {MaxLength} 个字");
        RuleFor(c => c.Request.Pieces).InclusiveBetween(1, IssuedWaybill.MaxPieces).WithText("件数应在 {From} 到 {To} 之间");
        RuleFor(c => c.Request.OrderNumber).MaximumLength(IssuedWaybill.MaxOrderNumberLength).WithText("订单号最多 {MaxLength} 个字符");
    }
}

/// Messages name the party, since both sit on one form: sender texts first, receiver texts second.
internal sealed class PartyValidator : AbstractValidator<ParcelParty>
{
    public PartyValidator(IRegionCatalog regions, bool receiver)
    {
        RuleFor(p => p.Name).NotEmpty().WithText(receiver ? "请填写收件人姓名" : "请填写寄件人姓名")
            .MaximumLength(30).WithText("姓名最多 {MaxLength} 个字");
        RuleFor(p => p.Phone).Must(RecipientPhone.IsValid).WithText(receiver ? "请填写收件人的手机号或带区号的座机" : "请填写寄件人的手机号或带区号的座机");
        RuleFor(p => p.RegionCode).Must(regions.IsDistrict).WithText(receiver ? "请选择收件人所在的区县" : "请选择寄件人所在的区县");
        RuleFor(p => p.Address).NotEmpty().WithText(receiver ? "请填写收件人的详细地址" : "请填写寄件人的详细地址")
            .MaximumLength(120).WithText("详细地址最多 {MaxLength} 个字");
    }
}

internal sealed class CreateWaybillHandler(CourierDbContext db, ICourierGateway gateway, TimeProvider time) : IRequestHandler<CreateWaybill, Result<Waybill>>
{
    public async Task<Result<Waybill>> Handle(CreateWaybill c, CancellationToken ct)
    {
        var r = c.Request with { Reference = c.Request.Reference.Trim() };
        var existing = await db.Waybills.AsNoTracking().FirstOrDefaultAsync(w => w.Reference == r.Reference, ct);
        if (existing is not null)
            // A reference is the caller's key within its shop: another shop's waybill is never handed out.
            return existing.ShopId == r.ShopId ? existing.ToContract() : Error.Validation(nameof(WaybillRequest.Reference), "该参考号已用于其他店铺的运单");

        var carrier = gateway.Carriers.FirstOrDefault(k => string.Equals(k.Code, r.CarrierCode, StringComparison.OrdinalIgnoreCase)) ?? gateway.Carriers[0];
        var booked = await gateway.CreateShipmentAsync(new ShipmentOrder(r.Reference, carrier, r.Sender, r.Receiver, r.Contents.Trim(), r.Pieces), ct);
        if (booked.IsFailure) return Result<Waybill>.Failure(booked.Errors);
        var waybill = IssuedWaybill.Issue(r, booked.Value, time.GetUtcNow().UtcDateTime);
        db.Waybills.Add(waybill);
        return waybill.ToContract();
    }
}

internal static class WaybillMapping
{
    public static Waybill ToContract(this IssuedWaybill w) =>
        new(w.Reference, w.ShopId, w.CarrierCode, w.CarrierName, w.TrackingNumber, w.OrderNumber, w.CreatedUtc);
}
