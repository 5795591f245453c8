using System.Globalization;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.BuildingBlocks.Tabular;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Intake;

namespace SharedWarehouse.Modules.Dropship.Features.Marketplaces;

/// Turns the rows of a recognised layout into intake orders: rows with the same order id are one order (its
/// receiver from the order's row: the first line, or Taobao's 订单报表 row), lines not waiting to ship are skipped
/// and said so, and an order with a cell intake cannot use is left out with the row and column named. Values go on
/// as the file gives them (a privacy number with its extension stays whole): intake's own rules judge them.
internal sealed class OrderAssembler(IRegionCatalog regions, MarketplaceFormats formats)
{
    /// The limits of intake's fields: longer texts are cut here with a notice rather than refusing the order.
    private const int TitleLength = 120, VariantLength = 30, MessageLength = 200, ChannelLength = 40;

    private readonly List<ImportIssue> _issues = [];

    public IReadOnlyList<ImportIssue> Issues => _issues;

    /// One file of order lines (Pinduoduo, 抖店, our template, a saved mapping).
    public List<ParsedOrder> FromLines(LayoutTable lines)
    {
        var orders = new List<ParsedOrder>();
        foreach (var (_, rows) in GroupById(lines))
            if (Build(lines, rows[0], lines, rows) is { } order) orders.Add(order);
        return orders;
    }

    /// Taobao's pair: 订单报表 (one row per order) joined with 宝贝报表 (one row per item) by 订单编号.
    public List<ParsedOrder> FromPair(LayoutTable heads, LayoutTable lines)
    {
        var items = GroupById(lines);
        var orders = new List<ParsedOrder>();
        foreach (var (id, rows) in GroupById(heads))
        {
            if (rows.Count > 1) _issues.Add(heads.Issue(rows[1], OrderField.ExternalOrderId, IssueKind.Notice, "订单「{0}」在订单报表中出现了多次，只用第一行", id));
            // An order not waiting to ship is skipped whole, its items with it (said once, on the order's row).
            if (Skip(heads, rows[0]) is { } skipped)
            {
                _issues.Add(skipped);
                items.Remove(id);
                continue;
            }
            if (!items.Remove(id, out var itemRows))
            {
                _issues.Add(heads.Issue(rows[0], OrderField.ExternalOrderId, IssueKind.Error, "宝贝报表中没有订单「{0}」的商品", id));
                continue;
            }
            if (Build(heads, rows[0], lines, itemRows) is { } order) orders.Add(order);
        }
        foreach (var (id, rows) in items)
            foreach (var row in rows)
                _issues.Add(lines.Issue(row, OrderField.ExternalOrderId, IssueKind.Error, "订单报表中没有订单「{0}」", id));
        return orders;
    }

    private Dictionary<string, List<SheetRow>> GroupById(LayoutTable t)
    {
        var groups = new Dictionary<string, List<SheetRow>>(StringComparer.Ordinal);
        foreach (var row in t.Table.Rows)
        {
            var id = t.Value(row, OrderField.ExternalOrderId);
            if (id.Length == 0)
            {
                _issues.Add(t.Issue(row, OrderField.ExternalOrderId, IssueKind.Error, "订单号为空"));
                continue;
            }
            if (!groups.TryGetValue(id, out var rows)) groups[id] = rows = [];
            rows.Add(row);
        }
        return groups;
    }

    private ParsedOrder? Build(LayoutTable heads, SheetRow head, LayoutTable lines, List<SheetRow> lineRows)
    {
        var broken = false;
        var incomingLines = new List<IncomingLine>();
        foreach (var row in lineRows)
        {
            if (Skip(lines, row) is { } skipped) { _issues.Add(skipped); continue; }
            if (Line(lines, row) is { } line) incomingLines.Add(line);
            else broken = true;
        }
        if (incomingLines.Count == 0 && !broken) return null;

        var name = heads.Value(head, OrderField.ReceiverName);
        var phone = heads.Value(head, OrderField.ReceiverPhone);
        broken |= !Present(heads, head, OrderField.ReceiverName, name, "收件人为空");
        broken |= !Present(heads, head, OrderField.ReceiverPhone, phone, "收件人手机号为空");
        var (address, addressIssue) = ReceiverAddress.Resolve(heads, head, regions);
        if (addressIssue is not null && !Masked(address?.Detail ?? heads.Value(head, OrderField.OneCellAddress)))
        {
            _issues.Add(addressIssue);
            broken = true;
        }
        if (Masked(name) || Masked(phone) || Masked(address?.Detail ?? heads.Value(head, OrderField.AddressDetail) + heads.Value(head, OrderField.OneCellAddress)))
        {
            _issues.Add(heads.Issue(head, OrderField.ReceiverPhone, IssueKind.Error, "收件信息被平台加密或打码，请在平台导出明文收件信息后再导入"));
            broken = true;
        }
        if (broken || address is null) return null;

        var message = Cut(heads, head, OrderField.BuyerMessage, MessageLength);
        var channel = heads.Value(head, OrderField.Channel);
        if (channel.Length == 0 && heads.Layout.Platform is { } platform) channel = formats.ChannelOf(platform);
        if (channel.Length > ChannelLength) channel = channel[..ChannelLength];
        var id = heads.Value(head, OrderField.ExternalOrderId);
        var order = new IncomingOrder(id, channel, name, phone, address.RegionCode, address.Detail, message.Length == 0 ? null : message, incomingLines);
        return new ParsedOrder(order, lineRows.Select(r => r.Number).ToList(), address.RegionName);
    }

    /// A row not waiting to ship (paid and not sent, no refund asked): the reason, or null to ship it.
    private ImportIssue? Skip(LayoutTable t, SheetRow row)
    {
        if (t.Layout.ToShip.Count > 0 && t.Value(row, OrderField.Status) is { Length: > 0 } status && !t.Layout.ToShip.Any(status.Contains))
            return t.Issue(row, OrderField.Status, IssueKind.Skipped, "订单状态为「{0}」，不是待发货，已跳过", status);
        if (t.Value(row, OrderField.AfterSale) is { Length: > 0 } afterSale && !formats.AfterSaleClear.Any(afterSale.Contains))
            return t.Issue(row, OrderField.AfterSale, IssueKind.Skipped, "售后状态为「{0}」，已跳过", afterSale);
        return null;
    }

    private IncomingLine? Line(LayoutTable t, SheetRow row)
    {
        var ok = true;
        var sku = t.Value(row, OrderField.SkuCode);
        if (sku.Length == 0)
        {
            _issues.Add(t.Issue(row, OrderField.SkuCode, IssueKind.Error, "商家编码为空：请先在平台给该商品（规格）填写商家编码"));
            ok = false;
        }
        var title = Cut(t, row, OrderField.Title, TitleLength);
        ok &= Present(t, row, OrderField.Title, title, "商品名称为空");
        var quantityText = t.Value(row, OrderField.Quantity);
        if (!decimal.TryParse(quantityText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var quantity)
            || quantity != decimal.Truncate(quantity) || quantity is < 1 or > 999)
        {
            _issues.Add(t.Issue(row, OrderField.Quantity, IssueKind.Error, "数量须是 1 到 999 的整数（「{0}」）", quantityText));
            ok = false;
        }
        long declared = 0;
        var priceText = t.Value(row, OrderField.DeclaredPrice);
        if (priceText.Length > 0 && !PickupPrice.TryParse(priceText, out declared))
        {
            _issues.Add(t.Issue(row, OrderField.DeclaredPrice, IssueKind.Error, "申报拿货价须是金额（元，最多两位小数）"));
            ok = false;
        }
        var (colour, size) = (t.Value(row, OrderField.Colour), t.Value(row, OrderField.Size));
        if (colour.Length == 0 && size.Length == 0) (colour, size) = SpecText.Split(t.Value(row, OrderField.Spec), formats.Spec);
        colour = CutValue(t, row, t.Has(OrderField.Colour) ? OrderField.Colour : OrderField.Spec, colour, VariantLength);
        size = CutValue(t, row, t.Has(OrderField.Size) ? OrderField.Size : OrderField.Spec, size, VariantLength);
        return ok ? new IncomingLine(sku, title, colour, size, (int)quantity, declared) : null;
    }

    private bool Present(LayoutTable t, SheetRow row, OrderField field, string value, string message)
    {
        if (value.Length > 0) return true;
        _issues.Add(t.Issue(row, field, IssueKind.Error, message));
        return false;
    }

    private string Cut(LayoutTable t, SheetRow row, OrderField field, int length) => CutValue(t, row, field, t.Value(row, field), length);

    private string CutValue(LayoutTable t, SheetRow row, OrderField field, string value, int length)
    {
        if (value.Length <= length) return value;
        _issues.Add(t.Issue(row, field, IssueKind.Notice, "超过 {0} 字，已截断", length));
        return value[..length];
    }

    /// What the platforms write instead of a receiver they do not disclose: "138****5678", "张**", "##密文", "$$…".
    private static bool Masked(string value) => value.Contains('*') || value.StartsWith('#') || value.StartsWith('$');
}
