using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Messaging;

namespace SharedWarehouse.BuildingBlocks.Jobs;

/// How a deadline job acts on the records it found: one command (or process) per record, each in its own scope and
/// transaction, so one record's failure (a conflict with a user acting at the same moment) stops nothing else. Returns how
/// many succeeded.
public static class CommandPerRecord
{
    public static async Task<int> SendEachAsync<TResult>(this IServiceScopeFactory scopes, IEnumerable<Guid> ids, Func<Guid, IRequest<TResult>> command,
        CancellationToken ct) where TResult : SharedWarehouse.SharedKernel.Result
    {
        var done = 0;
        foreach (var id in ids)
        {
            await using var scope = scopes.CreateAsyncScope();
            if ((await scope.ServiceProvider.GetRequiredService<ISender>().Send(command(id), ct)).IsSuccess) done++;
        }
        return done;
    }
}
