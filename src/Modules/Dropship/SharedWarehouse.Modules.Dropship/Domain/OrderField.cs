namespace SharedWarehouse.Modules.Dropship.Domain;

/// What an order file's columns can mean to intake. A layout (a platform's export, our template, a merchant's saved
/// mapping) names the column(s) of each field; one-cell address, 省/市/区 or a region code are three ways to give the
/// receiver's district.
public enum OrderField
{
    ExternalOrderId = 1,
    ReceiverName = 2,
    ReceiverPhone = 3,
    Province = 4,
    City = 5,
    District = 6,
    Street = 7,
    OneCellAddress = 8,
    RegionCode = 9,
    AddressDetail = 10,
    SkuCode = 11,
    Title = 12,
    Colour = 13,
    Size = 14,
    /// Colour and size in one cell ("颜色分类：黑色；尺码：XL", "黑色,XL").
    Spec = 15,
    Quantity = 16,
    DeclaredPrice = 17,
    BuyerMessage = 18,
    Channel = 19,
    /// The platform's order (or line) status: rows not waiting to ship are skipped.
    Status = 20,
    /// The platform's after-sales state: a line with a refund going on or done is skipped.
    AfterSale = 21,
}
