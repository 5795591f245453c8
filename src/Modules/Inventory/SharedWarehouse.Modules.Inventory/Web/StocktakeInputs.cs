using SharedWarehouse.Modules.Inventory.Features.Queries;
using SharedWarehouse.Modules.Inventory.Features.Stocktakes;

namespace SharedWarehouse.Modules.Inventory.Web;

public sealed class StocktakeOpenInput
{
    public Guid WarehouseId { get; set; }
    public string? Zone { get; set; }
    public bool Blind { get; set; } = true;

    internal OpenStocktake ToCommand(Guid userId) => new(userId, WarehouseId, Zone, Blind);
}

/// Counts typed on the sheet, by line id; kept as text so a typo is shown back exactly as typed.
public sealed class StocktakeCountInput
{
    public Dictionary<Guid, string?> Counts { get; set; } = [];

    /// Blank = not counted yet; anything else must be a whole number ≥ 0.
    internal (Dictionary<Guid, long> Counts, List<Guid> Invalid) Parse()
    {
        var counts = new Dictionary<Guid, long>();
        var invalid = new List<Guid>();
        foreach (var (line, text) in Counts)
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            if (long.TryParse(text.Trim(), out var n) && n >= 0) counts[line] = n;
            else invalid.Add(line);
        }
        return (counts, invalid);
    }

    public static string Key(Guid lineId) => $"Counts[{lineId}]";
}

public sealed class FoundStockInput
{
    public Guid BinId { get; set; }
    public string? SkuCode { get; set; }
    public string? Lot { get; set; }
    public DateOnly? ProductionDate { get; set; }
    public DateOnly? ExpiryDate { get; set; }
    public long? Quantity { get; set; }

    internal AddFoundStock ToCommand(Guid userId, Guid sheetId) =>
        new(userId, sheetId, BinId, SkuCode, Lot, ProductionDate, ExpiryDate, Quantity ?? 0);
}

public sealed class ReasonInput
{
    public string? Reason { get; set; }
}

/// Everything the count sheet page shows, with whatever the merchant typed into any of its forms.
public sealed record StocktakePage(StocktakeView Sheet, StocktakeCountInput Count, FoundStockInput Found, ReasonInput Return);

public sealed class AlertSettingsInput
{
    public int? NearExpiryDays { get; set; }
}

public sealed class ThresholdInput
{
    public string? SkuCode { get; set; }
    public long? Threshold { get; set; }
}

public sealed record StockAlertsPage(StockAlertsView View, AlertSettingsInput Settings, ThresholdInput Threshold);

public static class StocktakeLabels
{
    public static string Of(Domain.StocktakeStatus status) => status switch
    {
        Domain.StocktakeStatus.Counting => "盘点中",
        Domain.StocktakeStatus.Submitted => "待审核",
        Domain.StocktakeStatus.Posted => "已过账",
        _ => "已作废",
    };

    public static string Of(Domain.StockAlertKind kind) => kind == Domain.StockAlertKind.LowStock ? "低于安全库存" : "临期";
}
