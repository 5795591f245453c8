using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Picking;
using SharedWarehouse.Modules.Printing.Contracts;

namespace SharedWarehouse.Modules.Dropship.Web;

/// Every picker action form posts some of these; values stay text so a wrong one is shown back as typed.
public sealed class PickerTapInput
{
    public string? Price { get; set; }
    public string? Day { get; set; }
    public string? Amount { get; set; }
    public string? Note { get; set; }
}

/// Which page of the pick list a tap comes from and goes back to (the market chosen and the page), kept in the query
/// string of the list and of every action's address.
public sealed class PickerListQuery
{
    public Guid? Market { get; set; }
    public int Page { get; set; } = 1;

    /// "?market=…&page=…" (only what differs from the first page of all markets), or "".
    public string QueryString
    {
        get
        {
            var parts = new List<string>();
            if (Market is { } market) parts.Add($"market={market}");
            if (Page > 1) parts.Add($"page={Page.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
        }
    }
}

/// Which form came back with errors (the other cards show empty forms).
public sealed record FailedTap(string Form, Guid Id, PickerTapInput Input)
{
    public bool Is(string form, Guid id) => Form == form && Id == id;
    public string? Value(string form, Guid id, Func<PickerTapInput, string?> field) => Is(form, id) ? field(Input) : null;
}

/// What the last action on a card answered (kept across the redirect in TempData).
public sealed record TapNote(Guid Id, string Text, bool Error);

public sealed record PickerPage(PickerDay Day, IReadOnlyDictionary<Guid, PrintJobState> Jobs, TapNote? Note, FailedTap? Failed)
{
    /// The list's own query (market and page), appended to every action so the answer comes back to this page.
    public string Back => new PickerListQuery { Market = Day.MarketId, Page = Day.PageNumber }.QueryString;

    public static string MarketLink(Guid? market) => "/picker" + new PickerListQuery { Market = market }.QueryString;

    public IEnumerable<MarketGroup> Open => Filter(Day.Markets, t => t.Status == PickupTaskStatus.Open);
    public IEnumerable<MarketGroup> Done => Filter(Day.Markets, t => t.Status != PickupTaskStatus.Open);

    public bool HasCard(Guid id) =>
        Day.Returns.Any(r => r.ReturnId == id) || Day.Markets.Any(m => m.Stalls.Any(s => s.Tasks.Any(t => t.TaskId == id)));

    public TaskCard Card(PickerTaskRow task) =>
        new(task, task.PrintJobId is { } job ? Jobs.GetValueOrDefault(job) : null, Note?.Id == task.TaskId ? Note : null,
            Failed?.Id == task.TaskId ? Failed : null, Day.Today, Back);

    public ReturnCard Card(ReturnTripRow item) =>
        new(item, Note?.Id == item.ReturnId ? Note : null, Failed?.Id == item.ReturnId ? Failed : null, Back);

    private static IEnumerable<MarketGroup> Filter(IReadOnlyList<MarketGroup> markets, Func<PickerTaskRow, bool> keep) =>
        markets.Select(m => m with
            {
                Stalls = m.Stalls.Select(s => s with { Tasks = s.Tasks.Where(keep).ToList() }).Where(s => s.Tasks.Count > 0).ToList(),
            })
            .Where(m => m.Stalls.Count > 0);
}

/// Back: the list's query string, appended to the card's form actions.
public sealed record TaskCard(PickerTaskRow Task, PrintJobState? Job, TapNote? Note, FailedTap? Failed, DateOnly Today, string Back = "");

public sealed record ReturnCard(ReturnTripRow Item, TapNote? Note, FailedTap? Failed, string Back = "");

/// zh-CN labels (localisation keys) of what the picker sees.
public static class PickerLabels
{
    public static string Of(PickupTaskStatus status) => status switch
    {
        PickupTaskStatus.Picked => "拿到",
        PickupTaskStatus.OutOfStock => "无货",
        PickupTaskStatus.InStockLater => "{0}有货",
        PickupTaskStatus.PriceRefused => "价格超出",
        PickupTaskStatus.Open => "待拿货",
        _ => "已取消",
    };

    /// The label's way to the printer, from the print queue's job state.
    public static (string Text, bool Error) Of(PrintJobState? job) => job?.Status switch
    {
        null => ("标签未打印", true),
        "Printed" => ("标签已打印", false),
        "Retrying" => ("打印机重试中", true),
        "Failed" => ("标签打印失败，请联系管理员补打", true),
        _ => ("标签已发送打印机", false),
    };

    public static string Of(ReturnStatus status) => status switch
    {
        ReturnStatus.BackToStall => "待退档口",
        ReturnStatus.StallRefunded => "档口已退款",
        ReturnStatus.StallRefused => "档口不退",
        _ => "已处理",
    };
}
