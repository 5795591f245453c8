using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.BuildingBlocks.Messaging;

/// A command runs in one transaction on its module's context: a failed Result or an exception rolls
/// everything back (nothing half-written), success saves the changes and their outbox rows together.
/// An ICommitsItself command (a hot path) keeps those guarantees in its own handler instead.
internal sealed class UnitOfWorkBehavior<TRequest, TResponse>(IServiceProvider services, ModuleCatalog modules, IOutboxSignal outbox)
    : IPipelineBehavior<TRequest, TResponse> where TRequest : IRequest<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken ct)
    {
        var contextType = request is ICommandBase and not ICommitsItself ? modules.ContextForRequest(typeof(TRequest)) : null;
        if (contextType is null) return await next();
        var context = (DbContext)services.GetRequiredService(contextType);
        if (context.Database.CurrentTransaction is not null) return await next();

        await using var transaction = await context.Database.BeginTransactionAsync(ct);
        var response = await next();
        if (response is Result { IsFailure: true })
        {
            await transaction.RollbackAsync(ct);
            context.ChangeTracker.Clear();
            return response;
        }
        // Every failure of this save rolls the whole transaction back (below), so EF's savepoint around it would never be
        // rolled back to: without it the save is one round trip instead of three (SAVEPOINT, the batch, RELEASE).
        // Only this save: a handler's own SaveChanges inside the transaction keeps its savepoint.
        var savepoints = context.Database.AutoSavepointsEnabled;
        context.Database.AutoSavepointsEnabled = false;
        try
        {
            await context.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException) when (FailureFactory.TryCreate<TResponse>(
            [Error.Conflict("该记录已被他人修改，请刷新后重试")], out var conflict))
        {
            await transaction.RollbackAsync(ct);
            context.ChangeTracker.Clear();
            return conflict;
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation() && FailureFactory.TryCreate<TResponse>(
            [Error.Conflict("该记录已存在（可能已提交过），请刷新后查看")], out var duplicate))
        {
            await transaction.RollbackAsync(ct);
            context.ChangeTracker.Clear();
            return duplicate;
        }
        finally
        {
            context.Database.AutoSavepointsEnabled = savepoints;
        }
        await transaction.CommitAsync(ct);
        outbox.Notify();
        return response;
    }
}
