using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SharedWarehouse.BuildingBlocks.Persistence;

namespace SharedWarehouse.BuildingBlocks.Events;

/// Delivers outbox rows to their handlers. Each handler runs in its own scope and transaction with an
/// inbox row, so a crash or a second node repeating the delivery never applies an event twice; a failing
/// handler leaves the row for the next run without undoing handlers that already succeeded.
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, EventHandlerRegistry registry, TimeProvider time,
    ILogger<OutboxDispatcher> logger)
{
    public const int MaxAttempts = 10;
    private const int BatchSize = 100;

    public async Task<int> DispatchPendingAsync(CancellationToken ct)
    {
        var delivered = 0;
        foreach (var contextType in registry.OutboxContexts)
            delivered += await DispatchFromAsync(contextType, ct);
        return delivered;
    }

    private async Task<int> DispatchFromAsync(Type contextType, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var source = (IModuleDbContext)scope.ServiceProvider.GetRequiredService(contextType);
        var pending = await source.OutboxMessages
            .Where(m => m.ProcessedUtc == null && m.Attempts < MaxAttempts)
            .OrderBy(m => m.OccurredUtc).Take(BatchSize).ToListAsync(ct);
        foreach (var message in pending)
        {
            try
            {
                await DeliverAsync(message, ct);
                message.ProcessedUtc = time.GetUtcNow().UtcDateTime;
                message.LastError = null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                message.Attempts++;
                message.LastError = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
                logger.LogError(ex, "Delivering {EventType} {MessageId} failed (attempt {Attempt})", message.Type, message.Id, message.Attempts);
            }
            await ((DbContext)source).SaveChangesAsync(ct);
        }
        return pending.Count(m => m.ProcessedUtc is not null);
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken ct)
    {
        var eventType = registry.FindEventType(message.Type);
        if (eventType is null)
        {
            logger.LogWarning("No handler listens to {EventType}; {MessageId} is marked processed", message.Type, message.Id);
            return;
        }
        var integrationEvent = (IIntegrationEvent)JsonSerializer.Deserialize(message.Payload, eventType)!;
        foreach (var registration in registry.HandlersFor(eventType))
            await DeliverToAsync(registration, message.Id, integrationEvent, ct);
    }

    private async Task DeliverToAsync(EventHandlerRegistration registration, Guid messageId, IIntegrationEvent integrationEvent, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var context = (DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType);
        var inbox = ((IModuleDbContext)context).InboxMessages;
        var handlerName = registration.HandlerType.FullName!;
        if (await inbox.AnyAsync(i => i.MessageId == messageId && i.Handler == handlerName, ct)) return;

        await using var transaction = await context.Database.BeginTransactionAsync(ct);
        var handler = scope.ServiceProvider.GetRequiredService(registration.HandlerType);
        var handle = typeof(IIntegrationEventHandler<>).MakeGenericType(registration.EventType).GetMethod("Handle")!;
        await (Task)handle.Invoke(handler, [integrationEvent, ct])!;
        inbox.Add(new InboxMessage { MessageId = messageId, Handler = handlerName, ProcessedUtc = time.GetUtcNow().UtcDateTime });
        await context.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("{Handler} handled {EventType} {MessageId}", registration.HandlerType.Name, registration.EventType.Name, messageId);
    }
}
