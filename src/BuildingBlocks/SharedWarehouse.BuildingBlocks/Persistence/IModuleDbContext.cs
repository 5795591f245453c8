using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Events;

namespace SharedWarehouse.BuildingBlocks.Persistence;

/// What every module context offers the building blocks, whether it derives from ModuleDbContext or
/// (like Accounts) from IdentityDbContext.
public interface IModuleDbContext
{
    string Schema { get; }
    DbSet<OutboxMessage> OutboxMessages { get; }
    DbSet<InboxMessage> InboxMessages { get; }

    /// Adds the event to this module's outbox; it is saved in the same transaction as the change.
    void Publish(IIntegrationEvent integrationEvent);
}
