using SharedWarehouse.BuildingBlocks.Events;

namespace SharedWarehouse.Modules.Accounts.Contracts;

/// This account joined a shop's team (accepted an invitation): Accounts grants the merchant-staff role so the
/// account can open the back office. Published by Merchants with the membership, in its transaction.
public sealed record MerchantStaffAppointed(Guid EventId, Guid UserId, Guid ShopId) : IIntegrationEvent;
