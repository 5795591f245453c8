using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using SharedWarehouse.BuildingBlocks.Tabular;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Marketplaces;
using SharedWarehouse.Modules.Dropship.Features.Queries;

namespace SharedWarehouse.UnitTests.Dropship;

/// The tracking file for each marketplace's bulk-ship upload: its columns, its carrier names, ids that survive Excel.
public sealed class TrackingFileTests
{
    private const string Id = "3796534505285040001";

    private static readonly ShippedExportRow[] Rows =
    [
        new(Id, "测试旗舰店", "DS26112300000001", "顺丰速运", "SF1234567890123", new DateTime(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc), MarketplacePlatform.Taobao),
        new("3796534505285040002", "测试旗舰店", "DS26112300000002", "模拟快递", "SIM000123", new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc), null),
    ];

    private static SheetTable Read(byte[] content, params string[] columns) =>
        SheetReader.Read(content, new SheetSpec(columns, columns)).Table.ShouldNotBeNull();

    [Theory]
    [InlineData(MarketplacePlatform.Taobao, "订单编号", "物流公司", "运单号", "顺丰速运")]
    [InlineData(MarketplacePlatform.Pinduoduo, "订单号", "快递公司", "快递单号", "顺丰快递")]
    [InlineData(MarketplacePlatform.Douyin, "订单编号", "物流公司", "物流单号", "顺丰速运")]
    public void Each_platform_gets_its_bulk_ship_columns_and_carrier_names(MarketplacePlatform platform, string id, string carrier, string number, string sf)
    {
        var file = TrackingFile.Write(platform, Rows, SheetFormat.Xlsx);
        file.Extension.ShouldBe(".xlsx");
        var table = Read(file.Content, id, carrier, number);
        table.Header.ShouldBe([id, carrier, number]);
        table.Rows.Select(r => (table.Cell(r, id), table.Cell(r, carrier), table.Cell(r, number)))
            .ShouldBe([(Id, sf, "SF1234567890123"), ("3796534505285040002", "模拟快递", "SIM000123")]);
    }

    [Fact]
    public void A_19_digit_order_id_is_a_text_cell_in_xlsx_and_guarded_in_csv()
    {
        var xlsx = TrackingFile.Write(MarketplacePlatform.Taobao, Rows, SheetFormat.Xlsx).Content;
        using (var zip = new ZipArchive(new MemoryStream(xlsx)))
        {
            var sheet = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
            using var reader = new StreamReader(sheet.Open());
            var cell = Regex.Match(reader.ReadToEnd(), "<c [^>]*r=\"A2\"[^>]*>").Value;
            cell.ShouldMatch("\\bt=\"(s|inlineStr|str)\"");
        }

        var csv = TrackingFile.Write(null, Rows, SheetFormat.Csv);
        (csv.Extension, csv.ContentType).ShouldBe((".csv", "text/csv; charset=utf-8"));
        var text = Encoding.UTF8.GetString(csv.Content);
        text.ShouldStartWith("\uFEFF外部订单号,来源店铺,代发单号,快递公司,快递单号,发货时间(UTC)\r\n");
        text.ShouldContain($"=\"{Id}\",测试旗舰店,DS26112300000001,顺丰速运,SF1234567890123,");
        Read(csv.Content, "外部订单号").Rows.Select(r => r.Cells[0]).ShouldBe([Id, "3796534505285040002"]);
    }
}
