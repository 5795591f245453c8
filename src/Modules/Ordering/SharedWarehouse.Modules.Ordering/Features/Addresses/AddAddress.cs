using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.SharedKernel;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Ordering.Features.Addresses;

/// Adds a delivery address to the buyer's book (the first one becomes the default).
public sealed record AddAddress(Guid BuyerId, string? Recipient, string? Phone, string? RegionCode, string? Detail, bool MakeDefault) : ICommand<Guid>;

internal sealed class AddAddressValidator : AbstractValidator<AddAddress>
{
    public AddAddressValidator(IRegionCatalog regions)
    {
        RuleFor(c => c.Recipient).NotEmpty().WithText("请填写收货人").MaximumLength(20).WithText("收货人最多 {MaxLength} 个字");
        // A recipient's number: a gift may go to an office landline (ADR 0013).
        RuleFor(c => c.Phone).Must(RecipientPhone.IsValid).WithText("请填写手机号，或带区号的座机");
        RuleFor(c => c.RegionCode).Must(regions.IsDistrict).WithText("请选择到区县");
        RuleFor(c => c.Detail).NotEmpty().WithText("请填写详细地址").MaximumLength(120).WithText("详细地址最多 {MaxLength} 个字");
    }
}

internal sealed class AddAddressHandler(OrderingDbContext db, TimeProvider time) : IRequestHandler<AddAddress, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(AddAddress c, CancellationToken ct)
    {
        var book = await db.Addresses.Where(a => a.BuyerId == c.BuyerId).ToListAsync(ct);
        if (book.Count >= BuyerAddress.MaxPerBuyer) return Error.Validation("", "最多保存 {0} 个地址", BuyerAddress.MaxPerBuyer);
        var address = BuyerAddress.Create(c.BuyerId, c.Recipient!, RecipientPhone.Normalize(c.Phone!), c.RegionCode!, c.Detail!, time.GetUtcNow().UtcDateTime);
        if (c.MakeDefault || book.Count == 0)
        {
            foreach (var a in book) a.IsDefault = false;
            address.IsDefault = true;
        }
        db.Addresses.Add(address);
        return address.Id;
    }
}
