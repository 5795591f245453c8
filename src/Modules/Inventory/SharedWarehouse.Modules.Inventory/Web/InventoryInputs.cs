using SharedWarehouse.Modules.Inventory.Features.Receipts;
using SharedWarehouse.Modules.Inventory.Features.Warehouses;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Web;

/// The warehouse form: no owner field — the owner is the signed-in merchant (or the platform in the admin console).
public sealed class WarehouseInput
{
    public string? Name { get; set; }
    public string? RegionCode { get; set; }
    public string? Address { get; set; }
    public decimal? Latitude { get; set; }
    public decimal? Longitude { get; set; }

    internal OpenWarehouse ToCommand(Guid? merchantUserId) => new(merchantUserId, Name, RegionCode, Address, Latitude, Longitude);
}

public sealed class BinInput
{
    public string? Zone { get; set; }
    public string? Code { get; set; }
}

/// A one-line receipt form (the command takes many lines); the SKU is named by the merchant's own code.
public sealed class ReceiptInput
{
    public Guid WarehouseId { get; set; }
    public string? Supplier { get; set; }
    public string? SkuCode { get; set; }
    public long? Quantity { get; set; }
    public string? Lot { get; set; }
    public DateOnly? ProductionDate { get; set; }
    public DateOnly? ExpiryDate { get; set; }
    public string? UnitCost { get; set; }
    public Guid? BinId { get; set; }

    internal CreateReceipt ToCommand(Guid userId) =>
        new(userId, WarehouseId, Supplier, [new ReceiptLineInput(SkuCode, Quantity ?? 0, Lot, ProductionDate, ExpiryDate, Fen(UnitCost) ?? -1, BinId ?? Guid.Empty)]);

    /// "12.50" yuan → 1250 fen; anything else (negative, three decimals, letters) is not a cost.
    internal static long? Fen(string? yuan) => Money.TryParseYuan(yuan, out var fen) && fen >= 0 ? fen : null;

    /// The command names fields of line 0 ("Lines[0].SkuCode"); the form has them flat.
    internal static Result Flatten(Result result) =>
        Result.Failure(result.Errors.Select(e => e with { Field = e.Field.Replace("Lines[0].", "").Replace("UnitCostFen", "UnitCost") }).ToList());
}
