using SharedWarehouse.Modules.Catalog.Contracts;
using SharedWarehouse.Modules.Ordering.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Domain;

/// Whether a buyer may open a request on these units of a sub-order, and for how much at most: what was paid for the
/// units (a line's paid amount shared by quantity, the whole amount for the whole line), never more than is left
/// unrefunded on the line, plus shipping when every unit of the sub-order comes back in this request.
/// withoutNoReason: the products whose category does not allow 七天无理由退货 (Catalog's IReturnPolicies).
public static class AfterSalePolicy
{
    /// Replacements: for an exchange, the SKU each line is to be exchanged for (missing = the same SKU).
    public sealed record Ask(AfterSaleKind Kind, string? Reason, string? Description, IReadOnlyDictionary<Guid, int> Quantities, long? RequestedFen,
        IReadOnlyDictionary<Guid, Guid>? Replacements = null);

    /// sellable: the SKUs buyers can order now of the sub-order's products (an exchange sends one of them).
    public static Result<AfterSaleRequest.Opening> Check(SubOrderForAfterSale sub, Ask ask, IReadOnlyDictionary<Guid, long> refundedPerLine,
        long shippingRefunded, ReturnsOptions options, DateTime now, IReadOnlySet<Guid>? withoutNoReason = null,
        IReadOnlyDictionary<Guid, SellableSku>? sellable = null)
    {
        if (!sub.IsPaid && sub.PaidBy == PaidBy.Online || sub.Stage is SubOrderStage.NotPaid or SubOrderStage.Closed)
            return Error.Conflict("订单未付款或已关闭，不能申请售后");
        if (sub.Stage == SubOrderStage.ToShip) return Error.Conflict("商品还未发货：不想要了可以直接取消订单，款项原路退回");
        if (!Enum.IsDefined(ask.Kind)) return Error.Validation("Kind", "请选择售后类型");
        var reason = ask.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || !AfterSaleReasons.All.Contains(reason)) return Error.Validation("Reason", "请选择售后原因");
        var description = string.IsNullOrWhiteSpace(ask.Description) ? null : ask.Description.Trim();
        if (description?.Length > AfterSaleRequest.MaxDescriptionLength)
            return Error.Validation("Description", "问题描述最多 {0} 个字", AfterSaleRequest.MaxDescriptionLength);
        if (!AfterSaleReasons.IsNoReason(reason) && description is null) return Error.Validation("Description", "请描述商品的问题");

        // The period runs from receipt, or from shipping while the buyer has not confirmed receipt.
        var from = sub.ReceivedUtc ?? sub.ShippedUtc ?? now;
        var days = AfterSaleReasons.IsNoReason(reason) ? options.NoReasonDays : options.QualityDays;
        if (now > from.AddDays(days))
            return Error.Validation("Reason", AfterSaleReasons.IsNoReason(reason) ? "已超过 {0} 天无理由退货期限" : "已超过 {0} 天售后期限", days);

        var parts = new List<AfterSaleLine.Part>();
        foreach (var line in sub.Lines)
        {
            var q = ask.Quantities.GetValueOrDefault(line.LineId);
            if (q == 0) continue;
            var field = $"Quantities[{line.LineId}]";
            if (q < 0 || q > line.ShippedQuantity) return Error.Validation(field, "数量应在 1 到 {0} 之间", line.ShippedQuantity);
            // The supplier is paid for goods it does not get back only through a return: a consignment line is returned.
            if (line.IsConsigned && ask.Kind != AfterSaleKind.ReturnAndRefund) return Error.Validation(field, "代销商品请选择退货退款（商品寄回供货商）");
            // Against the reason, not the line: the same units may still come back for a fault.
            if (AfterSaleReasons.IsNoReason(reason) && withoutNoReason?.Contains(line.ProductId) == true)
                return Error.Validation("Reason", "{0} 不支持七天无理由退货，请选择其他原因", line.ProductName);
            var share = q == line.Quantity ? line.PaidFen : line.PaidFen * q / line.Quantity;
            var left = line.PaidFen - refundedPerLine.GetValueOrDefault(line.LineId);
            if (left <= 0) return Error.Validation(field, "该商品已全额退款");
            AfterSaleLine.Replacement? replacement = null;
            if (ask.Kind == AfterSaleKind.Exchange)
            {
                var chosen = ReplacementFor(line, ask.Replacements?.GetValueOrDefault(line.LineId), sellable);
                if (chosen.IsFailure) return Result<AfterSaleRequest.Opening>.Failure(chosen.Errors);
                replacement = chosen.Value;
            }
            parts.Add(new AfterSaleLine.Part(line.LineId, line.ProductId, line.SkuId, line.ProductName, line.SpecText, q, Math.Min(share, left),
                line.ReservationRef, line.IsConsigned, replacement));
        }
        if (parts.Count == 0) return Error.Validation("", "请至少选择一件商品");
        if (ask.Unknown(sub)) return Error.NotFound();
        // A consignment sale goes back to its supplier: one supplier's lines per request, without the shop's own goods.
        var suppliers = sub.Lines.Where(l => parts.Any(p => p.OrderLineId == l.LineId)).Select(l => l.SupplierShopId).Distinct().ToList();
        if (suppliers.Count > 1)
            return Error.Validation("", "代销商品由供货商收货，请将代销商品与其他商品分开申请售后");

        var whole = sub.Lines.All(l => ask.Quantities.GetValueOrDefault(l.LineId) == l.Quantity);
        var shipping = whole ? Math.Max(0, sub.ShippingFen - shippingRefunded) : 0;
        var cap = parts.Sum(p => p.PaidFen) + shipping;
        // An exchange asks for no money; the cap stays for the platform, which may rule a refund instead.
        var requested = ask.Kind == AfterSaleKind.Exchange ? 0 : ask.RequestedFen ?? cap;
        if (ask.Kind != AfterSaleKind.Exchange && (requested <= 0 || requested > cap))
            return Error.Validation("Amount", "退款金额应大于 0 且不超过 {0} 元", Money.Yuan(cap));
        return new AfterSaleRequest.Opening(sub.BuyerId, sub.ShopId, sub.OrderId, sub.OrderNumber, sub.SubOrderId, sub.SubOrderNumber,
            sub.PaidBy == PaidBy.Online, ask.Kind, reason, description, cap, shipping, requested, parts, suppliers[0]);
    }

    /// What an exchange may send for a line: the same SKU, or another SKU of the same product at the same price, as long
    /// as buyers can order it now (its stock is reserved when the merchant agrees).
    private static Result<AfterSaleLine.Replacement> ReplacementFor(OrderLineForAfterSale line, Guid? wanted,
        IReadOnlyDictionary<Guid, SellableSku>? sellable)
    {
        var field = $"Replacements[{line.LineId}]";
        var skuId = wanted is { } w && w != Guid.Empty ? w : line.SkuId;
        if (sellable?.GetValueOrDefault(skuId) is not { } sku || sku.ProductId != line.ProductId || sku.IsConsignment)
            return Error.Validation(field, "请选择本商品在售的规格");
        if (skuId != line.SkuId && sellable.GetValueOrDefault(line.SkuId)?.PriceFen != sku.PriceFen)
            return Error.Validation(field, "只能换成同价的规格");
        return new AfterSaleLine.Replacement(sku.SkuId, sku.Code, sku.SpecText);
    }

    /// A quantity for a line that is not in the sub-order: a tampered form.
    private static bool Unknown(this Ask ask, SubOrderForAfterSale sub) =>
        ask.Quantities.Any(q => q.Value != 0 && sub.Lines.All(l => l.LineId != q.Key));

    /// An amount split over parts in proportion to their caps; the fen left by rounding down go to the parts with room,
    /// so the shares add up exactly and none exceeds its cap (the amount is at most the sum of the caps).
    public static IReadOnlyList<long> Split(long amountFen, IReadOnlyList<long> caps)
    {
        var total = caps.Sum();
        if (amountFen < 0 || amountFen > total) throw new ArgumentOutOfRangeException(nameof(amountFen));
        var shares = caps.Select(c => total == 0 ? 0 : (long)((decimal)amountFen * c / total)).ToArray();
        var left = amountFen - shares.Sum();
        for (var i = caps.Count - 1; left > 0; i = (i + caps.Count - 1) % caps.Count)
        {
            var room = Math.Min(left, caps[i] - shares[i]);
            shares[i] += room;
            left -= room;
        }
        return shares;
    }
}
