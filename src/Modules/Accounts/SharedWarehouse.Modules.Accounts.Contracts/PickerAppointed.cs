using SharedWarehouse.BuildingBlocks.Events;

namespace SharedWarehouse.Modules.Accounts.Contracts;

/// A team (a shop's or the platform's) took this account on as a picker: Accounts grants the picker role so the
/// account can open the picker app. Published with the appointment, in its transaction.
public sealed record PickerAppointed(Guid EventId, Guid UserId) : IIntegrationEvent;
