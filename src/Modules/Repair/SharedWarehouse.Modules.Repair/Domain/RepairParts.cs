namespace SharedWarehouse.Modules.Repair.Domain;

/// One step of a repair's timeline: who (party and person; null = the system), what, when, a note and an amount.
public sealed class RepairStep : SharedWarehouse.SharedKernel.Entity
{
    private RepairStep() { }
    internal RepairStep(Guid repairId, int sequence, RepairParty party, Guid? by, string action, string? note, long? amountFen, DateTime at)
    {
        RepairId = repairId; Sequence = sequence; Party = party; ByUserId = by; Action = action; Note = note; AmountFen = amountFen; AtUtc = at;
    }

    public Guid RepairId { get; private init; }
    /// 1, 2, 3 … within the repair: steps of one transition share their time and keep their order.
    public int Sequence { get; private init; }
    public RepairParty Party { get; private init; }
    public Guid? ByUserId { get; private init; }
    public string Action { get; private init; } = "";
    public string? Note { get; private init; }
    public long? AmountFen { get; private init; }
    public DateTime AtUtc { get; private init; }
}

/// A part used in the repair, issued from the merchant's own stock by Inventory under Reference (the ledger's name for it).
public sealed class RepairPart : SharedWarehouse.SharedKernel.Entity
{
    private RepairPart() { }
    internal RepairPart(Guid repairId, string reference, Guid skuId, string skuCode, string name, int quantity, DateTime at)
    {
        RepairId = repairId; Reference = reference; SkuId = skuId; SkuCode = skuCode; Name = name; Quantity = quantity; AtUtc = at;
    }

    public Guid RepairId { get; private init; }
    public string Reference { get; private init; } = "";
    public Guid SkuId { get; private init; }
    public string SkuCode { get; private init; } = "";
    public string Name { get; private init; } = "";
    public int Quantity { get; private init; }
    public DateTime AtUtc { get; private init; }
}

/// A photo of the fault, sent with the request: served only through the repair, to its buyer and its shop.
public sealed class RepairPhoto : SharedWarehouse.SharedKernel.Entity
{
    private RepairPhoto() { }
    internal RepairPhoto(Guid repairId, SharedWarehouse.BuildingBlocks.Uploads.StoredPhoto p)
    {
        RepairId = repairId; StoredName = p.StoredName; Length = p.Length; Width = p.Width; Height = p.Height;
    }

    public Guid RepairId { get; private init; }
    public string StoredName { get; private init; } = "";
    public int Length { get; private init; }
    public int Width { get; private init; }
    public int Height { get; private init; }
}

/// A shop's repair terms for one of its products: the warranty in months from receipt, and whether it repairs it at all.
/// Kept here rather than in Catalog, so the product editor and its review stay as they are. No row = repairs accepted
/// with the default warranty (Repair:DefaultWarrantyMonths).
public sealed class RepairTerm
{
    public const int MaxWarrantyMonths = 120;
    private RepairTerm() { }
    public RepairTerm(Guid shopId, Guid productId) { ShopId = shopId; ProductId = productId; }

    public Guid ShopId { get; private init; }
    public Guid ProductId { get; private init; }
    public int WarrantyMonths { get; private set; }
    public bool AcceptsRepairs { get; private set; } = true;
    public DateTime UpdatedUtc { get; private set; }

    public void Set(int months, bool accepts, DateTime now) { WarrantyMonths = months; AcceptsRepairs = accepts; UpdatedUtc = now; }
}
