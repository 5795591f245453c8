using SharedWarehouse.BuildingBlocks.Events;

namespace SharedWarehouse.Modules.Merchants.Contracts;

/// A reviewer approved a shop application: the shop exists and the applicant now owns it.
public sealed record MerchantApplicationApproved(Guid EventId, Guid ApplicationId, Guid ApplicantId, Guid ShopId, string ShopName) : IIntegrationEvent;
