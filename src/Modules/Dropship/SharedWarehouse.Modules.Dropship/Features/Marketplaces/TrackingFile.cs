using SharedWarehouse.BuildingBlocks.Tabular;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Intake;
using SharedWarehouse.Modules.Dropship.Features.Queries;

namespace SharedWarehouse.Modules.Dropship.Features.Marketplaces;

/// The tracking numbers going back to the shops: for a marketplace, the columns its 批量发货 upload expects with the
/// carrier as that platform names it; otherwise our own list. Order ids and tracking numbers are text cells on
/// purpose (XLSX: text; CSV: guarded by the shared writer), so Excel never turns 3796534505285040000 into 3.79653E+18.
public static class TrackingFile
{
    public sealed record Output(byte[] Content, string ContentType, string Extension);

    public static Output Write(MarketplacePlatform? platform, IReadOnlyList<ShippedExportRow> rows, SheetFormat format)
    {
        var formats = MarketplaceFormats.Current;
        IReadOnlyList<SheetColumn> columns;
        IEnumerable<IReadOnlyList<object?>> cells;
        if (platform is { } p)
        {
            var names = formats.TrackingColumns(p);
            columns = [new SheetColumn(names[0], CellKind.Text, Width: 24), new SheetColumn(names[1], CellKind.Text, Width: 14), new SheetColumn(names[2], CellKind.Text, Width: 22)];
            cells = rows.Select(r => (IReadOnlyList<object?>)[r.ExternalOrderId, formats.CarrierName(p, r.Carrier), r.TrackingNumber]);
        }
        else
        {
            columns =
            [
                new SheetColumn(OrderSheet.ExternalOrderId, CellKind.Text, Width: 24), new SheetColumn(OrderSheet.Channel, CellKind.Text, Width: 16),
                new SheetColumn(OrderSheet.Number, CellKind.Text, Width: 20), new SheetColumn(OrderSheet.Carrier, CellKind.Text, Width: 14),
                new SheetColumn(OrderSheet.TrackingNumber, CellKind.Text, Width: 22), new SheetColumn(OrderSheet.ShippedAt, CellKind.DateTime, Width: 20),
            ];
            cells = rows.Select(r => (IReadOnlyList<object?>)[r.ExternalOrderId, r.Channel, r.Number, r.Carrier, r.TrackingNumber, r.ShippedUtc]);
        }
        return format == SheetFormat.Xlsx
            ? new Output(SheetWriter.Xlsx("Sheet1", columns, cells), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx")
            : new Output(SheetWriter.Csv(columns, cells), "text/csv; charset=utf-8", ".csv");
    }
}
