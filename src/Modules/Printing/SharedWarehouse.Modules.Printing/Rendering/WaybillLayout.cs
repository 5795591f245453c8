using System.Globalization;
using SharedWarehouse.Modules.Printing.Contracts;

namespace SharedWarehouse.Modules.Printing.Rendering;

/// What a waybill says, fitted to the paper: the courier block above the tracking-number barcode, receiver (bold,
/// first: the courier reads it), sender and parcel below. Addresses are never cut; names and contents wrap on a few
/// lines at most; phone and tracking numbers are never split. Printed in Chinese whatever the UI language.
public static class WaybillLayout
{
    public const int MaxTrackingNumberLength = 30;
    public const int BarcodeHeightDots = 100;

    private static readonly LineStyle Carrier = new(Large: true, Bold: true, Centered: true), Tracking = new(Bold: true, Centered: true),
        Bold = new(Bold: true), Plain = new();

    public static IEnumerable<Block> Header(WaybillContent w) =>
    [
        new Block(Carrier, [Run.Text(w.CarrierName, maxLines: 2)], MaxLargeLines: 1),
        Block.Of(Tracking, Run.Label("运单号"), Run.Token(w.TrackingNumber)),
    ];

    public static IEnumerable<Block> Receiver(WaybillContent w) => Party("收件人", w.Receiver, Bold);

    public static IEnumerable<Block> Sender(WaybillContent w) => Party("寄件人", w.Sender, Plain);

    public static IEnumerable<Block> Parcel(WaybillContent w)
    {
        yield return Block.Of(Plain, Run.Label("物品"), Run.Text(w.Contents, maxLines: 3));
        yield return Block.Of(Plain, Run.Label("件数"), Run.Token(w.Pieces.ToString(CultureInfo.InvariantCulture)));
        if (!string.IsNullOrWhiteSpace(w.OrderNumber)) yield return Block.Of(Plain, Run.Label("订单"), Run.Token(w.OrderNumber));
        yield return Block.Of(Plain, Run.Label("日期"), Run.Token(w.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    private static IEnumerable<Block> Party(string role, WaybillParty p, LineStyle style) =>
    [
        Block.Of(style, Run.Label(role), Run.Text(p.Name, maxLines: 2), Run.Text(" "), Run.Token(p.Phone)),
        Block.Of(style, Run.Label("地址"), Run.Text(p.Address)),
    ];

    public static PrintLayout For(WaybillContent w, int paperWidthMm)
    {
        var width = Paper.PrintableDots(paperWidthMm);
        var elements = new List<PrintElement>();
        void Add(IEnumerable<Block> blocks) { foreach (var block in blocks) elements.AddRange(LineFitter.Fit(block, width)); }
        var rule = new PrintedLine(new string('-', Paper.Columns(paperWidthMm)), Plain);

        Add(Header(w));
        elements.Add(new BarcodeElement(w.TrackingNumber, Paper.BarcodeModuleDots(Code128.CompactValues(w.TrackingNumber), paperWidthMm),
            BarcodeHeightDots, DigitPairs: true));
        elements.Add(rule);
        Add(Receiver(w));
        elements.Add(rule);
        Add(Sender(w));
        elements.Add(rule);
        Add(Parcel(w));
        return new PrintLayout(paperWidthMm, elements);
    }
}
