namespace SharedWarehouse.Modules.Catalog.Seeding;

/// The example row of the import template: a liquor product filling every column of the seeded 酒水 template.
internal static class TemplateExample
{
    public static readonly string[] Row =
        ["酱香型白酒", CatalogSeed.Liquor, "", "白酒,酱香", "**纯粮酿造**", "产地=贵州仁怀;酒精度=53;净含量=500;配料=高粱、小麦、水;保质期=3650",
         "JX-500", "500ml", "128.00", "900", "6901234567892", "6:118.00;12:108.00"];
}
