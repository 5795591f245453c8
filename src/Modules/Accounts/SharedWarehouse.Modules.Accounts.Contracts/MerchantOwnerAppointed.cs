using SharedWarehouse.BuildingBlocks.Events;

namespace SharedWarehouse.Modules.Accounts.Contracts;

/// A reviewer approved this account's shop application: Accounts grants the merchant-owner role so the account
/// can open the back office. Owned by Accounts (the lower layer) and published by Merchants with the approval,
/// in its transaction, so that Accounts never needs to know Merchants.
public sealed record MerchantOwnerAppointed(Guid EventId, Guid UserId, Guid ShopId) : IIntegrationEvent;
