namespace SharedWarehouse.Modules.Markets.Seeding;

/// The example rows of the import template: one code with a primary stall and an alternate.
internal static class TemplateExample
{
    public static readonly string[][] Rows =
    [
        ["QZ-2401-BLK-M", "广州十三行", "3楼", "A312", "8821", "0"],
        ["QZ-2401-BLK-M", "杭州四季青", "2楼", "2056", "K-8821", "1"],
    ];
}
