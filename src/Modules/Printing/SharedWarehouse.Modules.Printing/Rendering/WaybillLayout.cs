using System.Globalization;
using System.Text;
using SharedWarehouse.Modules.Printing.Contracts;

namespace SharedWarehouse.Modules.Printing.Rendering;

/// The one description of what a waybill says, used by both the ESC/POS renderer and the SVG preview: the courier
/// block above the tracking-number barcode, receiver (bold, first: the courier reads it), sender and parcel below.
/// Lines are wrapped here to the paper's columns, so the printer never wraps by itself and the preview matches it.
/// Printed in Chinese whatever the UI language: couriers and warehouse staff read it.
public static class WaybillLayout
{
    public const int MaxTrackingNumberLength = 30;

    public static IReadOnlyList<LabelLine> Header(WaybillContent w) =>
    [
        new(w.CarrierName, Large: true, Bold: true, Centered: true),
        new($"运单号 {w.TrackingNumber}", Bold: true, Centered: true),
    ];

    public static IReadOnlyList<LabelLine> Body(WaybillContent w, int paperWidthMm)
    {
        var columns = Columns(paperWidthMm);
        var rule = new LabelLine(new string('-', columns));
        var lines = new List<LabelLine> { rule };
        lines.AddRange(Wrap($"收件人 {w.Receiver.Name} {w.Receiver.Phone}", columns, bold: true));
        lines.AddRange(Wrap($"地址 {w.Receiver.Address}", columns, bold: true));
        lines.Add(rule);
        lines.AddRange(Wrap($"寄件人 {w.Sender.Name} {w.Sender.Phone}", columns));
        lines.AddRange(Wrap($"地址 {w.Sender.Address}", columns));
        lines.Add(rule);
        lines.AddRange(Wrap($"物品 {w.Contents}", columns));
        lines.Add(new($"件数 {w.Pieces.ToString(CultureInfo.InvariantCulture)}"));
        if (!string.IsNullOrWhiteSpace(w.OrderNumber)) lines.AddRange(Wrap($"订单 {w.OrderNumber}", columns));
        lines.Add(new($"日期 {w.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"));
        return lines;
    }

    /// Font A is 12 dots wide per half-width character; a Chinese character takes two columns.
    public static int Columns(int paperWidthMm) => LabelLayout.PrintableDots(paperWidthMm) / 12;

    public static int Width(char c) => c < 0x80 ? 1 : 2;

    /// Breaks a line into pieces of at most `columns` columns, never inside a character.
    public static IEnumerable<LabelLine> Wrap(string text, int columns, bool bold = false)
    {
        var line = new StringBuilder();
        var used = 0;
        foreach (var c in text)
        {
            if (used + Width(c) > columns)
            {
                yield return new LabelLine(line.ToString(), Bold: bold);
                line.Clear();
                used = 0;
            }
            line.Append(c);
            used += Width(c);
        }
        if (line.Length > 0) yield return new LabelLine(line.ToString(), Bold: bold);
    }

    /// The widest bar module (2-4 dots) that keeps the barcode and its quiet zones on the paper.
    public static int ModuleWidth(IReadOnlyList<int> barcodeValues, int paperWidthMm) =>
        Math.Clamp(LabelLayout.PrintableDots(paperWidthMm) / (Code128.ModuleCountOf(barcodeValues) + 20), 2, 4);

    public const int BarcodeHeightDots = 100;
}
