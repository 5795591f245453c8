using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Ordering.Contracts;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Features.Requests;

/// The buyer opens a request on units of one of its sub-orders (申请售后). Amount: yuan as typed, empty = the most allowed.
/// Replacements: for an exchange, the SKU wanted per line (missing = the same SKU).
public sealed record OpenAfterSale(Guid BuyerId, Guid SubOrderId, AfterSaleKind Kind, string? Reason, string? Description,
    IReadOnlyDictionary<Guid, int> Quantities, string? Amount, IReadOnlyList<UploadedImage>? Images = null,
    IReadOnlyDictionary<Guid, Guid>? Replacements = null) : ICommand<Guid>, IWithEvidence;

internal sealed class OpenAfterSaleValidator : EvidenceValidator<OpenAfterSale>;

internal sealed class OpenAfterSaleHandler(ReturnsDbContext db, IOrderLines orders, ISellableSkus sellable, IMerchantDirectory merchants,
    IReturnPolicies policies, IFileStore files, IOptions<ReturnsOptions> options, TimeProvider time)
    : IRequestHandler<OpenAfterSale, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(OpenAfterSale c, CancellationToken ct)
    {
        var sub = await orders.FindForBuyerAsync(c.BuyerId, c.SubOrderId, ct);
        if (sub is null) return Error.NotFound();
        long? requested = null;
        if (!string.IsNullOrWhiteSpace(c.Amount))
        {
            if (!Money.TryParseYuan(c.Amount, out var fen)) return Error.Validation("Amount", "请输入正确的金额，最多两位小数");
            requested = fen;
        }
        var lineIds = sub.Lines.Select(l => l.LineId).ToList();
        var open = await db.Lines.Where(l => l.IsOpen && lineIds.Contains(l.OrderLineId)).Select(l => l.OrderLineId).ToListAsync(ct);
        if (open.FirstOrDefault(id => c.Quantities.GetValueOrDefault(id) > 0) is var busy && busy != Guid.Empty)
            return Error.Validation($"Quantities[{busy}]", "该商品已有进行中的售后申请");

        var keys = lineIds.Append(sub.SubOrderId).ToList();
        var caps = await db.RefundCaps.Where(x => keys.Contains(x.Key)).ToDictionaryAsync(x => x.Key, x => x.RefundedFen, ct);
        var products = sub.Lines.Where(l => c.Quantities.GetValueOrDefault(l.LineId) != 0).Select(l => l.ProductId).ToList();
        var withoutNoReason = await policies.ProductsWithoutNoReasonReturnAsync(products, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var skus = c.Kind == AfterSaleKind.Exchange
            ? await sellable.FindSellableOfProductsAsync(sub.Lines.Select(l => l.ProductId).ToList(), ct)
            : null;
        var opening = AfterSalePolicy.Check(sub, new AfterSalePolicy.Ask(c.Kind, c.Reason, c.Description, c.Quantities, requested, c.Replacements), caps,
            caps.GetValueOrDefault(sub.SubOrderId), options.Value, now, withoutNoReason, skus);
        if (opening.IsFailure) return Result<Guid>.Failure(opening.Errors);

        // The caps exist before any refund can be taken against them: what was paid per line, and the shipping.
        foreach (var line in sub.Lines.Where(l => !caps.ContainsKey(l.LineId))) db.RefundCaps.Add(new RefundCap(line.LineId, line.PaidFen));
        if (!caps.ContainsKey(sub.SubOrderId)) db.RefundCaps.Add(new RefundCap(sub.SubOrderId, sub.ShippingFen));
        var request = AfterSaleRequest.Open(opening.Value, now, options.Value.MerchantReply);
        var attached = request.AttachPhotos(await Photos.StoreAsync(files, AfterSaleScope.PhotoFolder, c.Images, ct));
        if (attached.IsFailure) return Result<Guid>.Failure(attached.Errors);
        db.Requests.Add(request);
        db.Publish(new AfterSaleOpened(Guid.CreateVersion7(), sub.OrderId, sub.SubOrderId, request.Id));
        await AfterSaleNotices.OpenedAsync(db, merchants, request, ct);
        return request.Id;
    }
}
