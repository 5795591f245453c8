namespace SharedWarehouse.Modules.Dropship.Domain;

/// The outside marketplace an order was downloaded from, as far as its file told us: decides the format of the
/// tracking file that goes back to that shop (each platform's 批量发货 upload has its own columns and carrier names).
public enum MarketplacePlatform
{
    Taobao = 1,
    Pinduoduo = 2,
    Douyin = 3,
}
