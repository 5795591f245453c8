using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Ordering.Contracts;
using SharedWarehouse.Modules.Repair.Data;
using SharedWarehouse.Modules.Repair.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Repair.Features.Requests;

/// The buyer asks for a repair of one line of a received sub-order (申请维修): the fault and photos. Free when the product's
/// warranty (from receipt) or an earlier repair's warranty still runs; otherwise the merchant quotes.
public sealed record OpenRepair(Guid BuyerId, Guid SubOrderId, Guid LineId, string? Fault, IReadOnlyList<UploadedImage>? Images = null) : ICommand<Guid>;

internal sealed class OpenRepairValidator : AbstractValidator<OpenRepair>
{
    public OpenRepairValidator() =>
        RuleFor(c => c.Images).Custom((images, context) =>
        {
            foreach (var problem in Photos.Problems(images)) context.AddFailure("Images", problem);
        });
}

internal sealed class OpenRepairHandler(RepairDbContext db, IOrderLines orders, IMerchantDirectory merchants, IFileStore files,
    IOptions<RepairOptions> options, TimeProvider time) : IRequestHandler<OpenRepair, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(OpenRepair c, CancellationToken ct)
    {
        var sub = await orders.FindForBuyerAsync(c.BuyerId, c.SubOrderId, ct);
        if (sub is null) return Error.NotFound();
        if (sub.Stage != SubOrderStage.Received || sub.ReceivedUtc is not { } received) return Error.Conflict("确认收货后才能申请维修");
        var line = sub.Lines.FirstOrDefault(l => l.LineId == c.LineId);
        if (line is null) return Error.Validation("LineId", "请选择要维修的商品");
        var term = await db.Terms.AsNoTracking().FirstOrDefaultAsync(t => t.ShopId == sub.ShopId && t.ProductId == line.ProductId, ct);
        if (term is { AcceptsRepairs: false }) return Error.Validation("LineId", "该商品不提供维修服务");
        if (await db.Repairs.AnyAsync(r => r.OrderLineId == line.LineId && r.IsOpen, ct)) return Error.Validation("LineId", "该商品已有进行中的维修");

        var now = time.GetUtcNow().UtcDateTime;
        var lastWarranty = await db.Repairs.Where(r => r.OrderLineId == line.LineId && r.Status == RepairStatus.Completed)
            .MaxAsync(r => r.RepairWarrantyUntilUtc, ct);
        var warranty = RepairWarranty.Of(received, term?.WarrantyMonths ?? options.Value.DefaultWarrantyMonths, lastWarranty, now);
        var opened = RepairRequest.Open(new RepairRequest.Opening(c.BuyerId, sub.ShopId, sub.OrderId, sub.OrderNumber, sub.SubOrderId, line.LineId,
            line.ProductId, line.ProductName, line.SpecText, received, warranty), c.Fault, now);
        if (opened.IsFailure) return Result<Guid>.Failure(opened.Errors);
        var repair = opened.Value;
        var attached = repair.AttachPhotos(await Photos.StoreAsync(files, RepairScope.PhotoFolder, c.Images, ct));
        if (attached.IsFailure) return Result<Guid>.Failure(attached.Errors);
        db.Repairs.Add(repair);
        await RepairNotices.ChangedAsync(db, merchants, repair, ct);
        return repair.Id;
    }
}
