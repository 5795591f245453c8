using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Features.Settings;

/// A new API key for the shop's order downloader; the answer is the only time the whole key is shown.
public sealed record IssueDropshipApiKey(Guid ShopId) : ICommand<string>;

internal sealed class IssueDropshipApiKeyHandler(DropshipDbContext db) : IRequestHandler<IssueDropshipApiKey, Result<string>>
{
    public async Task<Result<string>> Handle(IssueDropshipApiKey c, CancellationToken ct)
    {
        var account = await AccountsOf.GetOrOpenAsync(db, c.ShopId, ct);
        return account.IssueApiKey(db.Now());
    }
}
