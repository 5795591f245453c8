using SharedWarehouse.BuildingBlocks.Events;

namespace SharedWarehouse.Modules.Accounts.Contracts;

/// This account left the last shop team it was on (removed by an owner): Accounts takes the merchant-staff role
/// back, so the back office stops offering itself. Published by Merchants with the removal, in its transaction.
public sealed record MerchantStaffDismissed(Guid EventId, Guid UserId) : IIntegrationEvent;
