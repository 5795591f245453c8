using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Markets.Features.StallCodes;

internal static class ShopScope
{
    /// The shop of the signed-in owner: the only shop whose stall codes that user may see or change.
    public static async Task<Guid?> ShopOfAsync(this IMerchantDirectory merchants, Guid ownerId, CancellationToken ct) =>
        (await merchants.FindShopOfOwnerAsync(ownerId, ct))?.ShopId;

    public static Error NoShop => Error.Forbidden("您还没有开通店铺");
}
