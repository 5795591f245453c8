using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Merchants.Domain;

/// An opened shop; created only by approving an application.
public sealed class Shop : AggregateRoot
{
    private Shop() { }

    public Guid OwnerId { get; private init; }
    public string Name { get; private init; } = "";
    public string NormalizedName { get; private init; } = "";
    public ShopType Type { get; private init; }
    public string RegionCode { get; private init; } = "";
    public string BusinessScope { get; private init; } = "";
    public Guid ApplicationId { get; private init; }
    public DateTime OpenedUtc { get; private init; }

    public static Shop OpenFrom(MerchantApplication application, DateTime nowUtc) => new()
    {
        OwnerId = application.ApplicantId, Name = application.ShopName, NormalizedName = application.NormalizedShopName,
        Type = application.ShopType, RegionCode = application.RegionCode, BusinessScope = application.BusinessScope,
        ApplicationId = application.Id, OpenedUtc = nowUtc,
    };
}
