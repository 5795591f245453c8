using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Domain;

/// The merchant's alert settings; a shop without a row gets the defaults.
public sealed class StockAlertSettings : Entity
{
    public const int DefaultNearExpiryDays = 30;
    private StockAlertSettings() { }
    public Guid ShopId { get; private set; }
    public int NearExpiryDays { get; private set; }
    public DateTime UpdatedUtc { get; private set; }

    public static Result<StockAlertSettings> Create(Guid shopId, int nearExpiryDays, DateTime now)
    {
        var settings = new StockAlertSettings { ShopId = shopId };
        var changed = settings.Change(nearExpiryDays, now);
        return changed.IsFailure ? Result<StockAlertSettings>.Failure(changed.Errors) : settings;
    }

    public Result Change(int nearExpiryDays, DateTime now)
    {
        if (nearExpiryDays is < 1 or > 730) return Error.Validation("NearExpiryDays", "临期提醒天数应在 1 到 730 之间");
        NearExpiryDays = nearExpiryDays;
        UpdatedUtc = now;
        return Result.Success();
    }
}

/// Safety stock of one SKU: available (on-hand − reserved, all the owner's warehouses) below it raises an alert.
public sealed class LowStockThreshold : Entity
{
    private LowStockThreshold() { }
    public Guid ShopId { get; private set; }
    public Guid SkuId { get; private set; }
    public long Threshold { get; private set; }
    public DateTime UpdatedUtc { get; private set; }

    public static Result<LowStockThreshold> Create(Guid shopId, Guid skuId, long threshold, DateTime now)
    {
        var row = new LowStockThreshold { ShopId = shopId, SkuId = skuId };
        var changed = row.Change(threshold, now);
        return changed.IsFailure ? Result<LowStockThreshold>.Failure(changed.Errors) : row;
    }

    public Result Change(long threshold, DateTime now)
    {
        if (threshold is < 1 or > 100_000_000) return Error.Validation("Threshold", "安全库存应在 1 到 100000000 之间");
        Threshold = threshold;
        UpdatedUtc = now;
        return Result.Success();
    }
}

public enum StockAlertKind { LowStock = 1, NearExpiry = 2 }

/// A raised condition. It stays open (one row per condition, a unique index keeps it so) until the job
/// sees the condition gone, so the merchant is told once per occurrence rather than on every run.
public sealed class StockAlert : Entity
{
    private StockAlert() { }
    public Guid ShopId { get; private set; }
    public StockAlertKind Kind { get; private set; }
    public Guid SkuId { get; private set; }
    /// The lot's balance for near-expiry; Guid.Empty for low stock (per SKU).
    public Guid BalanceId { get; private set; }
    public long Quantity { get; private set; }
    public long? Threshold { get; private set; }
    public DateOnly? ExpiryDate { get; private set; }
    public DateTime RaisedUtc { get; private set; }
    public DateTime? ClearedUtc { get; private set; }

    public static StockAlert LowStock(Guid shopId, Guid skuId, long available, long threshold, DateTime now) =>
        new() { ShopId = shopId, Kind = StockAlertKind.LowStock, SkuId = skuId, BalanceId = Guid.Empty, Quantity = available, Threshold = threshold, RaisedUtc = now };

    public static StockAlert NearExpiry(Guid shopId, Guid skuId, Guid balanceId, long onHand, DateOnly expiry, DateTime now) =>
        new() { ShopId = shopId, Kind = StockAlertKind.NearExpiry, SkuId = skuId, BalanceId = balanceId, Quantity = onHand, ExpiryDate = expiry, RaisedUtc = now };

    public void Clear(DateTime now) => ClearedUtc ??= now;
}
