using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Features.Marketplaces;

namespace SharedWarehouse.Modules.Dropship.Jobs;

/// Deletes order uploads that expired or were imported, with their stored files.
[DisallowConcurrentExecution]
public sealed class ImportUploadsCleanupJob(IServiceScopeFactory scopes) : IJob
{
    public const string Name = "dropship-import-cleanup";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var purged = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new PurgeImportUploads(), cancellationToken);
        context.Result = purged.IsSuccess ? $"purged {purged.Value}" : purged.Errors[0].Message;
    }
}
