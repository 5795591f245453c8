using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Domain;

/// On-hand and reserved of one (warehouse, bin, SKU, lot, owner). Only changed by conditional set-based
/// updates (never read-modify-write) and always together with a ledger movement for on-hand changes.
public sealed class StockBalance : Entity
{
    private StockBalance() { }

    public Guid WarehouseId { get; private set; }
    public Guid BinId { get; private set; }
    public Guid SkuId { get; private set; }
    public string Lot { get; private set; } = "";
    public Guid OwnerShopId { get; private set; }
    public DateOnly? ProductionDate { get; private set; }
    public DateOnly? ExpiryDate { get; private set; }
    public DateTime FirstReceivedUtc { get; private set; }
    public long OnHand { get; private set; }
    public long Reserved { get; private set; }

    /// Only while the row is new in this unit of work (not yet in the database) — then nobody else sees it.
    internal void AddWhileNew(long quantity) => OnHand += quantity;

    public static StockBalance Empty(Guid warehouseId, Guid binId, Guid skuId, string lot, Guid ownerShopId, DateOnly? produced, DateOnly? expires, DateTime now) =>
        new() { WarehouseId = warehouseId, BinId = binId, SkuId = skuId, Lot = lot, OwnerShopId = ownerShopId, ProductionDate = produced, ExpiryDate = expires, FirstReceivedUtc = now };
}

/// CustomerReturn: shipped goods that came back (an accepted return), put back where they were shipped from.
/// Repair: parts the owner took from its own stock for a repair (a StockIssue).
public enum MovementType { Receipt = 1, ReceiptReversal = 2, Shipment = 3, TransferOut = 4, TransferIn = 5, StocktakeVariance = 6, CustomerReturn = 7, Repair = 8 }

/// One immutable line of the stock ledger; on-hand of a balance = the sum of its movements.
public sealed class StockMovement : Entity
{
    private StockMovement() { }

    public Guid BalanceId { get; private set; }
    public Guid WarehouseId { get; private set; }
    public Guid SkuId { get; private set; }
    public Guid OwnerShopId { get; private set; }
    public MovementType Type { get; private set; }
    public long Quantity { get; private set; }
    public string Reference { get; private set; } = "";
    public Guid? DocumentId { get; private set; }
    public Guid? UserId { get; private set; }
    public DateTime AtUtc { get; private set; }

    public static StockMovement Of(StockBalance b, MovementType type, long quantity, string reference, Guid? documentId, Guid? userId, DateTime now) =>
        new() { BalanceId = b.Id, WarehouseId = b.WarehouseId, SkuId = b.SkuId, OwnerShopId = b.OwnerShopId, Type = type, Quantity = quantity,
            Reference = reference, DocumentId = documentId, UserId = userId, AtUtc = now };
}
