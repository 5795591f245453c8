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
        RuleFor(c => c.Phone).Must(MainlandMobile.IsValid).WithText("请填写正确的手机号");
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
        var address = BuyerAddress.Create(c.BuyerId, c.Recipient!, MainlandMobile.Normalize(c.Phone!), c.RegionCode!, c.Detail!, time.GetUtcNow().UtcDateTime);
        if (c.MakeDefault || book.Count == 0)
        {
            foreach (var a in book) a.IsDefault = false;
            address.IsDefault = true;
        }
        db.Addresses.Add(address);
        return address.Id;
    }
}

public sealed record DeleteAddress(Guid BuyerId, Guid AddressId) : ICommand;

internal sealed class DeleteAddressHandler(OrderingDbContext db) : IRequestHandler<DeleteAddress, Result>
{
    public async Task<Result> Handle(DeleteAddress c, CancellationToken ct)
    {
        var address = await db.Addresses.FirstOrDefaultAsync(a => a.Id == c.AddressId && a.BuyerId == c.BuyerId, ct);
        if (address is null) return Error.NotFound();
        db.Addresses.Remove(address);
        // Placed orders keep their own copy of the address, so deleting never changes them.
        if (address.IsDefault && await db.Addresses.Where(a => a.BuyerId == c.BuyerId && a.Id != address.Id).OrderBy(a => a.CreatedUtc).FirstOrDefaultAsync(ct) is { } next)
            next.IsDefault = true;
        return Result.Success();
    }
}

public sealed record AddressRow(Guid Id, string Recipient, string Phone, string RegionCode, string RegionName, string Detail, bool IsDefault);

public sealed record ListAddresses(Guid BuyerId) : IQuery<IReadOnlyList<AddressRow>>;

internal sealed class ListAddressesHandler(OrderingDbContext db, IRegionCatalog regions) : IRequestHandler<ListAddresses, IReadOnlyList<AddressRow>>
{
    public async Task<IReadOnlyList<AddressRow>> Handle(ListAddresses q, CancellationToken ct)
    {
        var rows = await db.Addresses.AsNoTracking().Where(a => a.BuyerId == q.BuyerId)
            .OrderByDescending(a => a.IsDefault).ThenBy(a => a.CreatedUtc).ToListAsync(ct);
        return rows.Select(a => new AddressRow(a.Id, a.Recipient, a.Phone, a.RegionCode, RegionName(regions, a.RegionCode), a.Detail, a.IsDefault)).ToList();
    }

    internal static string RegionName(IRegionCatalog regions, string code) => regions.FullName(code) is { Length: > 0 } name ? name : code;
}
