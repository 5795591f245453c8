using System.Globalization;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Printing.Rendering;

public sealed record LabelLine(string Text, bool Large = false, bool Bold = false, bool Centered = false);

/// The one description of what a label says, used by both the ESC/POS renderer and the SVG preview, so the
/// preview can never show something the printer does not print. Labels are printed in Chinese whatever the
/// admin's UI language: they are read by pickers and warehouse staff at the stalls.
public static class LabelLayout
{
    public const int MaxLabelIdLength = 20;

    /// The price says "元" rather than "¥": the yen/yuan sign is a 4-byte GB18030 character that many printer fonts lack.
    public static IReadOnlyList<LabelLine> Lines(LabelContent label) =>
    [
        new($"订单 {label.OrderNumber}", Large: true, Bold: true, Centered: true),
        new($"SKU {label.Sku}", Bold: true),
        new($"颜色 {label.Colour}  尺码 {label.Size}"),
        new($"档口 {label.Stall}"),
        new($"拿货价 {Money.Yuan(label.PickupPriceFen)} 元", Bold: true),
        new($"拿货员 {label.Picker}"),
        new($"日期 {label.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"),
    ];

    /// Printable dots across the paper at 203 dpi (8 dots/mm): 58 mm rolls print 48 mm, 80 mm rolls 72 mm.
    public static int PrintableDots(int paperWidthMm) => paperWidthMm >= 80 ? 576 : 384;

    /// The widest bar module (2-4 dots, GS w) that keeps the barcode and its quiet zones on the paper.
    public static int ModuleWidth(string labelId, int paperWidthMm)
    {
        var modules = Code128.ModuleCount(labelId.Length) + 20; // 10-module quiet zone each side
        return Math.Clamp(PrintableDots(paperWidthMm) / modules, 2, 4);
    }

    public const int BarcodeHeightDots = 80;
}
