using System.Globalization;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Printing.Rendering;

/// What a pick label says, fitted to the paper: the one layout that the ESC/POS writer and the SVG preview both draw.
/// Labels are printed in Chinese whatever the admin's UI language: they are read by pickers and warehouse staff.
public static class LabelLayout
{
    public const int MaxLabelIdLength = 20, MaxTitleLength = 120;
    public const int BarcodeHeightDots = 80;

    private static readonly LineStyle Title = new(Large: true, Bold: true, Centered: true), Bold = new(Bold: true), Plain = new();

    /// The order number large (on its own line when the prefix leaves no room, at normal size when even that is too
    /// wide); the price says "元" rather than "¥": the yen/yuan sign is a 4-byte GB18030 character that many printer fonts lack.
    public static IEnumerable<Block> Blocks(LabelContent label)
    {
        yield return Block.Of(Title, Run.Label("订单"), Run.Token(label.OrderNumber));
        if (!string.IsNullOrWhiteSpace(label.Title)) yield return Block.Of(Plain, Run.Label("商品"), Run.Text(label.Title, maxLines: 2));
        yield return Block.Of(Bold, Run.Label("SKU"), Run.Tokens(label.Sku));
        var spec = new List<Run>();
        if (!string.IsNullOrWhiteSpace(label.Colour)) spec.AddRange([Run.Label("颜色"), Run.Text(label.Colour, maxLines: 1)]);
        if (!string.IsNullOrWhiteSpace(label.Size)) spec.AddRange([Run.Text(spec.Count > 0 ? "  " : ""), Run.Label("尺码"), Run.Text(label.Size, maxLines: 1)]);
        if (spec.Count > 0) yield return new Block(Plain, spec);
        yield return Block.Of(Plain, Run.Label("档口"), Run.Text(label.Stall, maxLines: 2));
        yield return Block.Of(Bold, Run.Label("拿货价"), Run.Token(Money.Yuan(label.PickupPriceFen)), Run.Text(" "), Run.Text("元"));
        yield return Block.Of(Plain, Run.Label("拿货员"), Run.Text(label.Picker, maxLines: 1));
        yield return Block.Of(Plain, Run.Label("日期"), Run.Token(label.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    public static PrintLayout For(LabelContent label, int paperWidthMm)
    {
        var width = Paper.PrintableDots(paperWidthMm);
        var elements = new List<PrintElement>();
        foreach (var block in Blocks(label)) elements.AddRange(LineFitter.Fit(block, width));
        // Code set B throughout: label ids are mostly letters (see the Dropship label alphabet).
        elements.Add(new BarcodeElement(label.LabelId, Paper.BarcodeModuleDots(Code128.Values(label.LabelId), paperWidthMm), BarcodeHeightDots));
        if (label.IncludeQr) elements.Add(new QrElement(label.LabelId));
        return new PrintLayout(paperWidthMm, elements);
    }
}
