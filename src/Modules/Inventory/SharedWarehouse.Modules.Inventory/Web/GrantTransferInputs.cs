using SharedWarehouse.Modules.Inventory.Domain;
using SharedWarehouse.Modules.Inventory.Features.Sharing;
using SharedWarehouse.Modules.Inventory.Features.Transfers;

namespace SharedWarehouse.Modules.Inventory.Web;

/// The grant form: the SKU by the merchant's own code, the grantee by shop name ("platform" = everyone).
public sealed class GrantInput
{
    public GrantScope? Scope { get; set; } = GrantScope.Sku;
    public string? SkuCode { get; set; }
    public Guid? WarehouseId { get; set; }
    public string Grantee { get; set; } = "platform";
    public string? ShopName { get; set; }

    internal CreateGrant ToCommand(Guid userId) => new(userId, Scope, SkuCode, WarehouseId, Grantee != "shop", ShopName);
}

/// The transfer form; the source balance comes from the stock list and is re-checked against the shop on submit.
public sealed class TransferInput
{
    public Guid FromBalanceId { get; set; }
    public Guid? ToWarehouseId { get; set; }
    public Guid? ToBinId { get; set; }
    public long? Quantity { get; set; }

    internal ShipTransfer ToCommand(Guid userId) => new(userId, FromBalanceId, ToWarehouseId ?? Guid.Empty, ToBinId ?? Guid.Empty, Quantity ?? 0);
}

public static class GrantTransferLabels
{
    public static string Of(GrantScope scope) => scope == GrantScope.Sku ? "单个SKU" : "整个仓库";

    public static string Of(TransferStatus status) => status == TransferStatus.InTransit ? "在途" : "已入库";
}
