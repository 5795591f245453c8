using System.Security.Claims;

namespace SharedWarehouse.BuildingBlocks.Web;

/// To-dos are work waiting for the person (a count that opens the filtered list); figures are how the business is
/// doing (today's orders, sales), optionally with the last seven days for a chart.
public enum DashboardKind { ToDo, Figure }

/// One tile of a back office's home page. Text is a localisation key; Value a count, or fen when IsMoney; Url the
/// list it opens (already filtered); Last7Days the daily values, oldest first, ending today (China time), charted
/// under SeriesText.
public sealed record DashboardTile(NavArea Area, DashboardKind Kind, string Text, long Value, string? Url, int Order,
    bool IsMoney = false, IReadOnlyList<long>? Last7Days = null, string? SeriesText = null);

/// Modules put their own to-dos and figures on the back offices' home pages, as they put their menu entries: the
/// home page never names a module, and each count is the module's own query.
public interface IDashboardContributor
{
    Task<IEnumerable<DashboardTile>> GetTilesAsync(ClaimsPrincipal user, NavArea area, CancellationToken ct);
}
