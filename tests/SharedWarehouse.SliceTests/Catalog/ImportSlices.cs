using System.Text;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Tabular;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Features.Import;
using SharedWarehouse.Modules.Catalog.Features.Listing;
using SharedWarehouse.Modules.Catalog.Features.Queries;
using SharedWarehouse.Modules.Catalog.Features.Review;
using SharedWarehouse.Modules.Catalog.Features.SaveProduct;
using SharedWarehouse.Modules.Catalog.Features.Storefront;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Catalog;

public abstract class ImportSlices(AppFixture app)
{
    private const string Attributes = "产地=贵州;酒精度=53;净含量=500;配料=高粱";

    private static string[] Row(string name, string code, string price = "99.00", string category = "酒水", string attributes = Attributes, string tiers = "") =>
        [name, category, "", "白酒", "好酒", attributes, code, "500ml", price, "900", "", tiers];

    private static byte[] Csv(params string[][] rows) => CatalogSheet.Write(rows, SheetFormat.Csv);

    private Task<List<string>> Names(Guid shopId) =>
        app.QueryAsync<CatalogDbContext, List<string>>(db => db.Products.Where(p => p.ShopId == shopId).Select(p => p.Name).ToListAsync());

    [Fact]
    public async Task A_valid_csv_imports_one_product_per_name_with_its_skus()
    {
        var m = await app.MerchantAsync();
        var (a, b, c) = (CatalogGiven.NewCode(), CatalogGiven.NewCode(), CatalogGiven.NewCode());

        var result = await app.SendAsync(new ImportProducts(m.OwnerId, "catalog.csv", Csv(Row("导入酒甲", a), Row("导入酒甲", b, tiers: "10:90.00"), Row("导入酒乙", c)), false));

        result.Errors.ShouldBeEmpty();
        result.Value.Errors.ShouldBeEmpty();
        result.Value.ProductsImported.ShouldBe(2);
        result.Value.SkusImported.ShouldBe(3);
        (await Names(m.ShopId)).ShouldBe(["导入酒甲", "导入酒乙"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_file_with_errors_imports_nothing_and_reports_row_column_and_message()
    {
        var m = await app.MerchantAsync();
        var dup = CatalogGiven.NewCode();

        var result = await app.SendAsync(new ImportProducts(m.OwnerId, "catalog.csv", Csv(
            Row("好酒", CatalogGiven.NewCode()),
            Row("坏价格", CatalogGiven.NewCode(), price: "abc"),
            Row("无类目", CatalogGiven.NewCode(), category: "不存在"),
            Row("重复甲", dup), Row("重复乙", dup),
            Row("缺属性", CatalogGiven.NewCode(), attributes: "产地=贵州")), false));

        var errors = result.Value.Errors;
        errors.ShouldContain(new ImportError(3, CatalogSheet.Price, "请填写正确的零售价（元，最多两位小数）"));
        errors.ShouldContain(e => e.Row == 4 && e.Column == CatalogSheet.Category);
        errors.ShouldContain(e => e.Row == 6 && e.Column == CatalogSheet.Code && e.Message == "与第 5 行的 SKU 编码重复");
        errors.ShouldContain(e => e.Row == 7 && e.Column == CatalogSheet.Attributes && e.Message.StartsWith("酒精度"));
        result.Value.ProductsImported.ShouldBe(0);
        (await Names(m.ShopId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Ticking_import_the_valid_rows_imports_only_the_good_products()
    {
        var m = await app.MerchantAsync();

        var result = await app.SendAsync(new ImportProducts(m.OwnerId, "catalog.csv", Csv(Row("好酒一", CatalogGiven.NewCode()), Row("坏酒", CatalogGiven.NewCode(), price: "-1")), true));

        result.Value.ProductsImported.ShouldBe(1);
        result.Value.Errors.Single().Row.ShouldBe(3);
        (await Names(m.ShopId)).ShouldBe(["好酒一"]);
    }

    [Fact]
    public async Task Codes_already_in_the_shop_are_reported()
    {
        var m = await app.MerchantAsync();
        var code = CatalogGiven.NewCode();
        await app.SendAsync(await app.ProductAsync(m.OwnerId, skus: [CatalogGiven.Sku(code)]));

        var result = await app.SendAsync(new ImportProducts(m.OwnerId, "c.csv", Csv(Row("又一个", code)), false));

        result.Value.Errors.ShouldBe([new ImportError(2, CatalogSheet.Code, "本店已有商品使用该 SKU 编码")]);
    }

    [Fact]
    public async Task Missing_columns_wrong_types_and_garbage_files_are_refused()
    {
        var m = await app.MerchantAsync();

        var noColumns = await app.SendAsync(new ImportProducts(m.OwnerId, "c.csv", Encoding.UTF8.GetBytes("商品名称,类目\n酒,酒水\n"), false));
        var pdf = await app.SendAsync(new ImportProducts(m.OwnerId, "c.pdf", [1, 2, 3], false));
        var garbage = await app.SendAsync(new ImportProducts(m.OwnerId, "c.xlsx", [1, 2, 3], false));

        noColumns.Value.Errors.ShouldContain(e => e.Row == 1 && e.Column == CatalogSheet.Code);
        pdf.Errors.ShouldContain(e => e.Field == "File");
        garbage.Errors.ShouldContain(e => e.Field == "File");
    }

    [Fact]
    public async Task Export_round_trips_through_xlsx_and_the_template_is_importable()
    {
        var m = await app.MerchantAsync();
        var code = CatalogGiven.NewCode();
        await app.SendAsync(await app.ProductAsync(m.OwnerId, name: "导出酒", skus: [CatalogGiven.Sku(code, "128.00", "6:118.00")]));

        var xlsx = await app.SendAsync(new ExportProducts(m.OwnerId, SheetFormat.Xlsx));
        var table = SheetReader.Read(xlsx, CatalogSheet.SpecFor(100)).Table!;
        var csv = Encoding.UTF8.GetString(await app.SendAsync(new ExportProducts(m.OwnerId, SheetFormat.Csv)));

        var row = table.Rows.ShouldHaveSingleItem();
        table.Cell(row, CatalogSheet.Name).ShouldBe("导出酒");
        table.Cell(row, CatalogSheet.Code).ShouldBe(code);
        table.Cell(row, CatalogSheet.Price).ShouldBe("128.00");
        table.Cell(row, CatalogSheet.Tiers).ShouldBe("6:118.00");
        csv.ShouldContain(code);

        var other = await app.MerchantAsync();
        (await app.SendAsync(new ExportProducts(other.OwnerId, SheetFormat.Csv))).Length.ShouldBeLessThan(200); // header only: nothing of another shop
        var template = await app.SendAsync(new GetImportTemplate(SheetFormat.Xlsx));
        var imported = await app.SendAsync(new ImportProducts(other.OwnerId, "t.xlsx", template, false));
        imported.Value.Errors.ShouldBeEmpty();
        imported.Value.ProductsImported.ShouldBe(1);
    }

    [Fact]
    public async Task The_storefront_shows_only_the_approved_listed_version_and_no_stock_means_not_available()
    {
        var m = await app.MerchantAsync();
        var reviewer = await app.ReviewerAsync();
        var id = await app.ApprovedProductAsync(m.OwnerId, reviewer, "上架酒", imageColour: 55);

        (await app.SendAsync(new GetStorefrontProduct(id))).ShouldBeNull();
        await app.SendAsync(new ListProduct(m.OwnerId, id));
        var sku = (await app.SendAsync(new GetOwnProduct(m.OwnerId, id)))!.Skus[0];
        await app.SendAsync(await app.ProductAsync(m.OwnerId, id, name: "第一好酒", skus: [CatalogGiven.Sku(sku.Code, id: sku.Id), CatalogGiven.Sku()]));
        await app.SendAsync(new SubmitProduct(m.OwnerId, id));

        var shown = (await app.SendAsync(new GetStorefrontProduct(id)))!;
        shown.Name.ShouldBe("上架酒");
        shown.Skus.Select(s => s.Code).ShouldBe([sku.Code]);
        shown.Sellable.ShouldBeFalse();
        shown.Skus[0].Available.ShouldBe(0);
        (await app.SendAsync(new FindPublicImage(id, 1))).ShouldNotBeNull();
        (await app.SendAsync(new FindPublicImage(id, 2))).ShouldBeNull();
        await app.SendAsync(new DelistProduct(m.OwnerId, id));
        (await app.SendAsync(new GetStorefrontProduct(id))).ShouldBeNull();
    }
}

public sealed class ImportOnSqlite(SqliteApp app) : ImportSlices(app), IClassFixture<SqliteApp>;

public sealed class ImportOnPostgreSql(PostgreSqlApp app) : ImportSlices(app), IClassFixture<PostgreSqlApp>;
