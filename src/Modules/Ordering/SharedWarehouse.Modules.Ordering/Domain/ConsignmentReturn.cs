using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Ordering.Domain;

/// Requested (buyer) → RejectedByReseller | WithSupplier (reseller approved) → Accepted (supplier took the goods back,
/// the buyer is refunded) | RefusedBySupplier. One return per consignment line, for its whole quantity.
public enum ReturnStatus { Requested = 0, RejectedByReseller = 1, WithSupplier = 2, Accepted = 3, RefusedBySupplier = 4 }

/// A buyer's return of a consignment line (ADR 9): it reaches the supplier through the reseller, and both see the same
/// state because it is one row that links the reseller's line and the purchase line it was supplied by.
public sealed class ConsignmentReturn : AggregateRoot
{
    public const int MaxTextLength = 200;
    private ConsignmentReturn() { }

    public Guid OrderId { get; private init; }
    public Guid BuyerId { get; private init; }
    public Guid ResellerShopId { get; private init; }
    public Guid ResellerSubOrderId { get; private init; }
    public Guid ResellerLineId { get; private init; }
    public Guid SupplierShopId { get; private init; }
    public Guid PurchaseOrderId { get; private init; }
    public Guid PurchaseLineId { get; private init; }
    public string ProductName { get; private init; } = "";
    public int Quantity { get; private init; }
    /// What the buyer paid for the line (refunded on acceptance) and what the supplier charged for it (fen).
    public long RetailFen { get; private init; }
    public long WholesaleFen { get; private init; }
    public string Reason { get; private init; } = "";
    public ReturnStatus Status { get; private set; }
    public string? ResellerNote { get; private set; }
    public string? SupplierNote { get; private set; }
    public DateTime CreatedUtc { get; private init; }
    public DateTime UpdatedUtc { get; private set; }

    public static Result<ConsignmentReturn> Request(Order order, Guid lineId, Order purchase, string? reason, DateTime now)
    {
        var sub = order.SubOrders.FirstOrDefault(s => s.Lines.Any(l => l.Id == lineId));
        var line = sub?.Lines.Single(l => l.Id == lineId);
        var supplied = purchase.SubOrders.Single().Lines.FirstOrDefault(l => l.ConsignedLineId == lineId);
        if (sub is null || line is null || !line.IsConsigned || supplied is null) return Error.NotFound();
        if (sub.Status is not (OrderStatus.Shipped or OrderStatus.Received)) return Error.Conflict("商品发货后才能申请退货");
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason)) return Error.Validation("Reason", "请填写退货原因");
        if (reason.Length > MaxTextLength) return Error.Validation("Reason", "退货原因最多 {0} 个字", MaxTextLength);
        return new ConsignmentReturn
        {
            OrderId = order.Id, BuyerId = order.BuyerId, ResellerShopId = sub.ShopId, ResellerSubOrderId = sub.Id, ResellerLineId = line.Id,
            SupplierShopId = purchase.SubOrders.Single().ShopId, PurchaseOrderId = purchase.Id, PurchaseLineId = supplied.Id, ProductName = line.ProductName,
            Quantity = line.Quantity, RetailFen = line.AmountFen, WholesaleFen = supplied.AmountFen, Reason = reason, Status = ReturnStatus.Requested,
            CreatedUtc = now, UpdatedUtc = now,
        };
    }

    /// The reseller approves (the request goes on to the supplier) or rejects it with a reason the buyer sees.
    public Result ReviewByReseller(bool approve, string? note, DateTime now)
    {
        if (Status != ReturnStatus.Requested) return Error.Conflict("该退货申请已处理");
        var checkedNote = Note(note, required: !approve);
        if (checkedNote.IsFailure) return Result.Failure(checkedNote.Errors);
        ResellerNote = checkedNote.Value;
        Status = approve ? ReturnStatus.WithSupplier : ReturnStatus.RejectedByReseller;
        UpdatedUtc = now;
        return Result.Success();
    }

    /// The supplier received the goods and accepts (the buyer is refunded, the settlement follows) or refuses with a reason.
    public Result DecideBySupplier(bool accept, string? note, DateTime now)
    {
        if (Status != ReturnStatus.WithSupplier) return Error.Conflict("该退货申请不在待供货商处理状态");
        var checkedNote = Note(note, required: !accept);
        if (checkedNote.IsFailure) return Result.Failure(checkedNote.Errors);
        SupplierNote = checkedNote.Value;
        Status = accept ? ReturnStatus.Accepted : ReturnStatus.RefusedBySupplier;
        UpdatedUtc = now;
        return Result.Success();
    }

    private static Result<string?> Note(string? note, bool required)
    {
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (required && note is null) return Error.Validation("Note", "拒绝时请填写原因");
        if (note?.Length > MaxTextLength) return Error.Validation("Note", "说明最多 {0} 个字", MaxTextLength);
        return note;
    }
}

/// Money taken back after a settlement was credited, for an accepted return (debited by the settlement job; a positive
/// reseller amount is taken from the reseller, a negative one given to it).
public sealed class SettlementReversal : Entity
{
    public const string DocumentType = "consignment-return";
    private SettlementReversal() { }

    public SettlementReversal(Guid returnId, ConsignmentSettlement s, long retailFen, long wholesaleFen, long supplierFen, long resellerFen, DateTime now)
    {
        ReturnId = returnId; SettlementId = s.Id; SupplierShopId = s.SupplierShopId; ResellerShopId = s.ResellerShopId;
        RetailFen = retailFen; WholesaleFen = wholesaleFen; SupplierFen = supplierFen; ResellerFen = resellerFen; CreatedUtc = now;
    }

    public Guid ReturnId { get; private init; }
    public Guid SettlementId { get; private init; }
    public Guid SupplierShopId { get; private init; }
    public Guid ResellerShopId { get; private init; }
    public long RetailFen { get; private init; }
    public long WholesaleFen { get; private init; }
    public long SupplierFen { get; private init; }
    public long ResellerFen { get; private init; }
    public bool Done { get; private set; }
    public DateTime CreatedUtc { get; private init; }

    public void Completed() => Done = true;
}
