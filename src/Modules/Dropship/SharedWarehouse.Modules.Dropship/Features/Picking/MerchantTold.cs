using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Notifications.Contracts;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;

namespace SharedWarehouse.Modules.Dropship.Features.Picking;

/// The shop owner hears about a line that waits for an answer (in-app inbox), in the same transaction as the change.
internal static class MerchantTold
{
    public static async Task PublishAsync(DropshipDbContext db, IMerchantDirectory merchants, DropshipOrder order, string title, string body,
        string[] args, CancellationToken ct)
    {
        var shops = await merchants.FindShopsAsync([order.ShopId], ct);
        if (!shops.TryGetValue(order.ShopId, out var shop)) return; // no such shop (test data): nobody to tell
        db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), shop.OwnerId, title, body, args, $"/merchant/dropship/orders/{order.Id}"));
    }
}
