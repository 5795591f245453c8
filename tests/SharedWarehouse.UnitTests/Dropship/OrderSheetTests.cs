using System.Text;
using SharedWarehouse.Modules.Dropship.Features.Intake;

namespace SharedWarehouse.UnitTests.Dropship;

public sealed class OrderSheetTests
{
    private const string Csv = "外部订单号,来源店铺,收件人,手机,地区代码,详细地址,买家留言,商家编码,商品名称,颜色,尺码,数量,申报拿货价(元)\r\n"
        + "TB1,淘宝,张三,13800138000,440104,北京路 1 号,,A1,连衣裙,红,M,1,45.00\r\n"
        + "TB1,淘宝,张三,13800138000,440104,北京路 1 号,,A2,半身裙,黑,S,2,30\r\n"
        + "TB2,淘宝,李四,13800138001,440104,北京路 2 号,,A1,连衣裙,红,M,x,45.123\r\n";

    [Fact]
    public void Rows_of_one_external_order_form_one_order_and_bad_cells_are_reported_by_row()
    {
        var sheet = OrderSheet.Read(Encoding.UTF8.GetBytes(Csv)).ShouldNotBeNull();
        var order = sheet.Orders.ShouldHaveSingleItem();
        (order.ExternalOrderId, order.ReceiverName, order.Lines!.Count).ShouldBe(("TB1", "张三", 2));
        order.Lines.Select(l => (l.SkuCode, l.Quantity, l.DeclaredUnitFen)).ShouldBe([("A1", 1, 4500L), ("A2", 2, 3000L)]);
        sheet.Errors.Select(e => (e.Row, e.Column)).ShouldBe([(4, OrderSheet.Quantity), (4, OrderSheet.DeclaredPrice)]);
        sheet.RowsOf["TB1"].ShouldBe([2, 3]);
    }

    [Fact]
    public void A_file_saved_by_Chinese_Excel_in_GB18030_reads_the_same()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var sheet = OrderSheet.Read(Encoding.GetEncoding("GB18030").GetBytes(Csv)).ShouldNotBeNull();
        sheet.Orders.Single().ReceiverName.ShouldBe("张三");
    }

    [Fact]
    public void A_file_without_the_required_columns_says_which_are_missing()
    {
        var sheet = OrderSheet.Read(Encoding.UTF8.GetBytes("外部订单号,收件人\r\nTB1,张三\r\n")).ShouldNotBeNull();
        sheet.Orders.ShouldBeEmpty();
        sheet.Errors.Select(e => e.Column).ShouldContain(OrderSheet.SkuCode);
    }
}
