using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Inventory.Domain;

public enum TransferStatus { InTransit = 1, Received = 2 }

/// Moving own stock between warehouses: shipping takes it off the source (TransferOut movement), it is
/// then in transit (in no warehouse's on-hand), and receiving puts it on the target bin (TransferIn).
public sealed class Transfer : AggregateRoot
{
    private Transfer() { }
    public Guid ShopId { get; private set; }
    public Guid FromBalanceId { get; private set; }
    public Guid ToWarehouseId { get; private set; }
    public Guid ToBinId { get; private set; }
    public long Quantity { get; private set; }
    public TransferStatus Status { get; private set; }
    public Guid ShippedBy { get; private set; }
    public DateTime ShippedUtc { get; private set; }
    public DateTime? ReceivedUtc { get; private set; }
    public string Number => "DB-" + Id.ToString("N")[^10..].ToUpperInvariant();

    public static Result<Transfer> Ship(Guid shopId, Guid fromBalanceId, Guid toWarehouseId, Guid toBinId, long quantity, Guid userId, DateTime now) =>
        quantity <= 0 ? Error.Validation("Quantity", "数量必须大于0")
            : new Transfer { ShopId = shopId, FromBalanceId = fromBalanceId, ToWarehouseId = toWarehouseId, ToBinId = toBinId, Quantity = quantity,
                Status = TransferStatus.InTransit, ShippedBy = userId, ShippedUtc = now };

    public Result Receive(DateTime now)
    {
        if (Status != TransferStatus.InTransit) return Error.Conflict("调拨单已入库");
        Status = TransferStatus.Received;
        ReceivedUtc = now;
        return Result.Success();
    }
}
