using SharedWarehouse.Modules.Markets.Features.StallCodes;

namespace SharedWarehouse.Modules.Markets.Web;

/// The stall code form: row 0 is the primary stall, rows 1-4 the alternates in order; empty rows are ignored.
public sealed class StallCodeInput
{
    public const int Rows = Domain.StallCode.MaxOptions;

    public string? Code { get; set; }
    public List<StallChoiceRow> Options { get; set; } = [];

    /// Always shows all five rows, whatever was posted (a tampered form may post fewer or more).
    public StallCodeInput Padded()
    {
        while (Options.Count < Rows) Options.Add(new StallChoiceRow());
        return this;
    }

    /// Posted rows beyond five are kept so the command refuses them instead of silently dropping stalls.
    internal SaveStallCode ToCommand(Guid ownerId, Guid? id)
    {
        var rows = Options.Select(o => new StallChoiceInput(o.StallId, o.StyleNumber)).ToList();
        while (rows.Count > 1 && rows[^1] is { StallId: null } last && string.IsNullOrWhiteSpace(last.StyleNumber)) rows.RemoveAt(rows.Count - 1);
        return new SaveStallCode(ownerId, id, Code, rows);
    }

    public static StallCodeInput From(StallCodeView view) => new StallCodeInput
    {
        Code = view.Code,
        Options = view.Options.Select(o => new StallChoiceRow { StallId = o.Stall.StallId, StyleNumber = o.StyleNumber }).ToList(),
    }.Padded();
}

public sealed class StallChoiceRow
{
    public Guid? StallId { get; set; }
    public string? StyleNumber { get; set; }
}

public sealed class ImportInput
{
    public Microsoft.AspNetCore.Http.IFormFile? File { get; set; }
}
