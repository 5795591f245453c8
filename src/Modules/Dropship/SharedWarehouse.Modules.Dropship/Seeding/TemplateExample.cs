namespace SharedWarehouse.Modules.Dropship.Seeding;

/// The example row of the order-import template (sample data, kept with the other seed data).
internal static class TemplateExample
{
    public static readonly string[] Row =
        ["TB20261123001", "淘宝·示例店", "张三", "13800138000", "440104", "北京路 1 号", "尽快发货", "A123-红-M", "女士连衣裙", "红色", "M", "1", "45.00"];
}
