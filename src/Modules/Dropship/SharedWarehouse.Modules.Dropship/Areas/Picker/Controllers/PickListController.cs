using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Picking;
using SharedWarehouse.Modules.Dropship.Web;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Dropship.Areas.Picker.Controllers;

/// The picker's phone: today's tasks by market → floor → stall, and the stall actions. Every task and return is
/// found through the signed-in picker's team (another team's id answers 404). Each action is safe to repeat
/// (picker-sync.js retries a tap whose answer was lost): the task's state answers a repeat.
[Area("Picker")]
[Authorize(Roles = Roles.Picker)]
[Route("picker")]
public sealed class PickListController(ISender sender, ILabelPrinting printing) : Controller
{
    private const string NoteKey = "PickerNote";

    [HttpGet("")]
    public Task<IActionResult> Index([FromQuery] PickerListQuery list, CancellationToken ct) => ShowAsync(list, null, ct);

    [HttpPost("tasks/{id:guid}/picked")]
    public async Task<IActionResult> Picked(Guid id, PickerTapInput input, [FromQuery] PickerListQuery list, CancellationToken ct)
    {
        if (!PickupPrice.TryParse(input.Price, out var fen) || fen == 0)
            return await FailAsync(new FailedTap("picked", id, input), Error.Validation("Price", "请填写拿货价（元，最多两位小数）"), list, ct);
        var picked = await sender.Send(new ConfirmPickup(User.Id(), id, fen), ct);
        if (picked.IsNotFound) return NotFound();
        if (picked.IsFailure) return await FailAsync(new FailedTap("picked", id, input), picked, list, ct);
        var r = picked.Value;
        return Done(list, id, r.Outcome == PickOutcome.PriceRefused ? new TapNote(id, "超出申报价，已退回商家修改", true)
            : r.PrintError is { } error ? new TapNote(id, error, true) : new TapNote(id, "标签已发送打印机", false));
    }

    [HttpPost("tasks/{id:guid}/print")]
    public async Task<IActionResult> Print(Guid id, [FromQuery] PickerListQuery list, CancellationToken ct)
    {
        var printed = await sender.Send(new PrintPickedLabel(User.Id(), id), ct);
        if (printed.IsNotFound) return NotFound();
        if (printed.IsFailure) return await FailAsync(new FailedTap("print", id, new PickerTapInput()), printed, list, ct);
        return Done(list, id, printed.Value.PrintError is { } error ? new TapNote(id, error, true) : new TapNote(id, "标签已发送打印机", false));
    }

    [HttpPost("tasks/{id:guid}/out-of-stock")]
    public async Task<IActionResult> OutOfStock(Guid id, [FromQuery] PickerListQuery list, CancellationToken ct)
    {
        var reported = await sender.Send(new ReportStallShortage(User.Id(), id, null), ct);
        if (reported.IsNotFound) return NotFound();
        if (reported.IsFailure) return await FailAsync(new FailedTap("out-of-stock", id, new PickerTapInput()), reported, list, ct);
        return Done(list, id, new TapNote(id, "已登记无货，等待商家处理", false));
    }

    [HttpPost("tasks/{id:guid}/in-stock-later")]
    public async Task<IActionResult> InStockLater(Guid id, PickerTapInput input, [FromQuery] PickerListQuery list, CancellationToken ct)
    {
        var failed = new FailedTap("later", id, input);
        if (!DateOnly.TryParseExact(input.Day?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return await FailAsync(failed, Error.Validation("Day", "请选择档口有货的日期"), list, ct);
        var reported = await sender.Send(new ReportStallShortage(User.Id(), id, day), ct);
        if (reported.IsNotFound) return NotFound();
        if (reported.IsFailure) return await FailAsync(failed, reported, list, ct);
        return Done(list, id, new TapNote(id, "已登记到货日期，等待商家处理", false));
    }

    [HttpPost("returns/{id:guid}/refunded")]
    public async Task<IActionResult> Refunded(Guid id, PickerTapInput input, [FromQuery] PickerListQuery list, CancellationToken ct)
    {
        var failed = new FailedTap("refunded", id, input);
        if (!PickupPrice.TryParse(input.Amount, out var fen) || fen == 0)
            return await FailAsync(failed, Error.Validation("Amount", "请填写档口退回的金额（元，最多两位小数）"), list, ct);
        return await StallReturnAsync(failed, new RecordStallReturn(User.Id(), id, true, fen, null), list, ct);
    }

    [HttpPost("returns/{id:guid}/refused")]
    public Task<IActionResult> Refused(Guid id, PickerTapInput input, [FromQuery] PickerListQuery list, CancellationToken ct) =>
        StallReturnAsync(new FailedTap("refused", id, input), new RecordStallReturn(User.Id(), id, false, null, input.Note), list, ct);

    private async Task<IActionResult> StallReturnAsync(FailedTap failed, RecordStallReturn command, PickerListQuery list, CancellationToken ct)
    {
        var recorded = await sender.Send(command, ct);
        if (recorded.IsNotFound) return NotFound();
        if (recorded.IsFailure) return await FailAsync(failed, recorded, list, ct);
        return Done(list, failed.Id, new TapNote(failed.Id, command.Refunded ? "已登记档口退款" : "已登记档口不退", false));
    }

    /// Back to the page of the list the tap came from (its market and page), at the card.
    private IActionResult Done(PickerListQuery list, Guid id, TapNote note)
    {
        TempData[NoteKey] = JsonSerializer.Serialize(note);
        return Redirect($"/picker{list.QueryString}#card-{id:N}");
    }

    private Task<IActionResult> FailAsync(FailedTap failed, Result result, PickerListQuery list, CancellationToken ct)
    {
        ModelState.AddResultErrors(result);
        return ShowAsync(list, failed, ct);
    }

    private async Task<IActionResult> ShowAsync(PickerListQuery list, FailedTap? failed, CancellationToken ct)
    {
        var day = await sender.Send(new GetPickerDay(User.Id(), list.Market, list.Page), ct);
        if (day is null) return View("NotInTeam");
        var jobs = new Dictionary<Guid, PrintJobState>();
        var jobIds = day.Markets.SelectMany(m => m.Stalls).SelectMany(s => s.Tasks).Select(t => t.PrintJobId).OfType<Guid>();
        foreach (var jobId in jobIds)
            if (await printing.FindJobAsync(jobId, ct) is { } job) jobs[jobId] = job;
        var note = TempData[NoteKey] is string json ? JsonSerializer.Deserialize<TapNote>(json) : null;
        return View("Index", new PickerPage(day, jobs, note, failed));
    }
}
