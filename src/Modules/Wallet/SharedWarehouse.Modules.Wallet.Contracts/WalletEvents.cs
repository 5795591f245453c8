using SharedWarehouse.BuildingBlocks.Events;

namespace SharedWarehouse.Modules.Wallet.Contracts;

/// Money arrived in the shop's wallet (a recharge or an admin credit): documents waiting for funds may retry their hold.
public sealed record WalletFunded(Guid EventId, Guid ShopId, long AvailableFen) : IIntegrationEvent;
