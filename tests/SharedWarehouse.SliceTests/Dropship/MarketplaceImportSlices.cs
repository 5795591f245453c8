using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Intake;
using SharedWarehouse.Modules.Dropship.Features.Marketplaces;
using SharedWarehouse.Modules.Dropship.Features.Queries;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Infrastructure;
using SharedWarehouse.Testing;

namespace SharedWarehouse.SliceTests.Dropship;

/// Marketplace exports through the real dispatcher: stage → preview → confirm into intake, the source kept for the
/// tracking file, saved mappings per shop, and the cleanup of uploads.
public abstract class MarketplaceImportSlices(AppFixture app)
{
    private async Task<Guid> StageAsync(Guid shopId, params (string Name, byte[] Content)[] files)
    {
        var staged = await app.SendAsync(new StageOrderImport(shopId, files.Select(f => new SheetFile(f.Name, f.Content)).ToList()));
        staged.Errors.ShouldBeEmpty();
        return staged.Value;
    }

    private Task<List<DropshipOrder>> OrdersAsync(Guid shopId) =>
        app.QueryAsync<DropshipDbContext, List<DropshipOrder>>(db => db.Orders.AsNoTracking().Include(o => o.Lines).Where(o => o.ShopId == shopId)
            .OrderBy(o => o.ExternalOrderId).ToListAsync());

    [Fact]
    public async Task A_taobao_export_previews_then_imports_once_with_its_platform_recorded_and_its_files_deleted()
    {
        var d = await app.DropshipMerchantAsync();
        var ids = MarketplaceFiles.Ids.New();
        var upload = await StageAsync(d.Merchant.ShopId, ("orders.csv", MarketplaceFiles.TaobaoOrders(ids)), ("items.csv", MarketplaceFiles.TaobaoItems(ids)));

        var preview = (await app.SendAsync(new PreviewOrderImport(d.Merchant.ShopId, upload))).ShouldNotBeNull();
        (preview.State, preview.Parsed!.Orders.Count, preview.AlreadyImported).ShouldBe((UploadState.Ready, 2, 0));
        (await OrdersAsync(d.Merchant.ShopId)).ShouldBeEmpty();

        var outcome = (await app.SendAsync(new ConfirmOrderImport(d.Merchant.ShopId, upload))).Value;
        (outcome.Report.Created, outcome.Report.Rejected).ShouldBe((2, 0), string.Join("; ", outcome.Report.Orders.SelectMany(o => o.Errors).Select(e => e.Field + " " + e.Message)));
        var orders = await OrdersAsync(d.Merchant.ShopId);
        orders.Select(o => (o.ExternalOrderId, o.SourcePlatform, o.ReceiverRegionCode, o.ReceiverPhone)).ShouldBe(
        [
            (ids.A, (MarketplacePlatform?)MarketplacePlatform.Taobao, "460302", "17012345678-1234"),
            (ids.B, MarketplacePlatform.Taobao, "653228", "16608981234"), // a plain mobile is kept as its 11 digits
        ]);
        orders[1].Lines.Single().SkuCode.ShouldBe("B9-黑-L");
        orders.ShouldAllBe(o => o.Filtered);

        (await app.SendAsync(new ConfirmOrderImport(d.Merchant.ShopId, upload))).Errors.Single().Message.ShouldBe("该文件已导入或已过期，请重新上传");
        (await app.SendAsync(new PreviewOrderImport(d.Merchant.ShopId, upload)))!.State.ShouldBe(UploadState.Imported);
        var stored = await app.QueryAsync<DropshipDbContext, ImportUpload>(db => db.ImportUploads.AsNoTracking().SingleAsync(u => u.Id == upload));
        stored.Files.ShouldAllBe(f => app.Services.GetRequiredService<IFileStore>().OpenRead(f.StoredName) == null);

        // The same export again: every order is already there.
        var second = await StageAsync(d.Merchant.ShopId, ("orders.csv", MarketplaceFiles.TaobaoOrders(ids)), ("items.csv", MarketplaceFiles.TaobaoItems(ids)));
        (await app.SendAsync(new PreviewOrderImport(d.Merchant.ShopId, second)))!.AlreadyImported.ShouldBe(2);
        (await app.SendAsync(new ConfirmOrderImport(d.Merchant.ShopId, second))).Value.Report.Duplicates.ShouldBe(2);
    }

    [Fact]
    public async Task Another_shop_finds_neither_the_upload_nor_the_mapping()
    {
        var owner = await app.DropshipMerchantAsync();
        var stranger = await app.MerchantAsync();
        var upload = await StageAsync(owner.Merchant.ShopId, ("douyin.csv", MarketplaceFiles.Douyin(MarketplaceFiles.Ids.New())));

        (await app.SendAsync(new PreviewOrderImport(stranger.ShopId, upload))).ShouldBeNull();
        (await app.SendAsync(new ConfirmOrderImport(stranger.ShopId, upload))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new GetUploadHeader(stranger.ShopId, upload))).ShouldBeNull();
        (await app.SendAsync(new SaveColumnMapping(stranger.ShopId, upload, "偷看", null, new Dictionary<OrderField, string?>()))).IsNotFound.ShouldBeTrue();
        (await OrdersAsync(stranger.ShopId)).ShouldBeEmpty();
        (await app.SendAsync(new ConfirmOrderImport(owner.Merchant.ShopId, upload))).Value.Report.Created.ShouldBe(2);
    }

    [Fact]
    public async Task A_saved_mapping_reads_its_shops_files_only_and_its_platform_goes_on_the_orders()
    {
        var d = await app.DropshipMerchantAsync();
        var other = await app.MerchantAsync();
        var csv = "单号,客户,电话,省份,城市,区县,地址,货号,品名,颜色,尺码,件数,拿货价\r\n"
            + "WD1,张三,+86 139 1234 5678,广东省,广州市,越秀区,北京路 1 号,A123-红-M,连衣裙,红色,M,1,45.5\r\n";
        var bytes = System.Text.Encoding.UTF8.GetBytes(csv);
        var upload = await StageAsync(d.Merchant.ShopId, ("weidian.csv", bytes));
        var header = (await app.SendAsync(new GetUploadHeader(d.Merchant.ShopId, upload))).ShouldNotBeNull();
        header.Header.Count.ShouldBe(13);
        var columns = new Dictionary<OrderField, string?>
        {
            [OrderField.ExternalOrderId] = "单号", [OrderField.ReceiverName] = "客户", [OrderField.ReceiverPhone] = "电话", [OrderField.Province] = "省份",
            [OrderField.City] = "城市", [OrderField.District] = "区县", [OrderField.AddressDetail] = "地址", [OrderField.SkuCode] = "货号", [OrderField.Title] = "品名",
            [OrderField.Colour] = "颜色", [OrderField.Size] = "尺码", [OrderField.Quantity] = "件数", [OrderField.DeclaredPrice] = "拿货价",
        };
        (await app.SendAsync(new SaveColumnMapping(d.Merchant.ShopId, upload, "微店", MarketplacePlatform.Pinduoduo, columns))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new SaveColumnMapping(d.Merchant.ShopId, upload, "微店", null, columns))).Errors.Single().Field.ShouldBe("Name");

        var elsewhere = await StageAsync(other.ShopId, ("weidian.csv", bytes));
        (await app.SendAsync(new PreviewOrderImport(other.ShopId, elsewhere)))!.Parsed!.UnknownHeader.ShouldNotBeNull();

        var outcome = (await app.SendAsync(new ConfirmOrderImport(d.Merchant.ShopId, upload))).Value;
        outcome.Parsed.Layout!.Mapping!.Name.ShouldBe("微店");
        outcome.Report.Created.ShouldBe(1, string.Join("; ", outcome.Report.Orders.SelectMany(o => o.Errors).Select(e => e.Field + " " + e.Message)));
        var order = (await OrdersAsync(d.Merchant.ShopId)).Single();
        (order.SourcePlatform, order.ReceiverRegionCode, order.Lines[0].DeclaredUnitFen).ShouldBe((MarketplacePlatform.Pinduoduo, "440104", 4_550L));

        var mapping = (await app.SendAsync(new ListColumnMappings(d.Merchant.ShopId))).Single();
        (await app.SendAsync(new DeleteColumnMapping(other.ShopId, mapping.Id))).IsNotFound.ShouldBeTrue();
        (await app.SendAsync(new DeleteColumnMapping(d.Merchant.ShopId, mapping.Id))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new ListColumnMappings(d.Merchant.ShopId))).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_tracking_export_of_a_platform_leaves_out_other_platforms_orders()
    {
        var d = await app.DropshipMerchantAsync();
        var pdd = MarketplaceFiles.Ids.New();
        var douyin = MarketplaceFiles.Ids.New();
        (await app.SendAsync(new ConfirmOrderImport(d.Merchant.ShopId, await StageAsync(d.Merchant.ShopId, ("pdd.csv", MarketplaceFiles.Pinduoduo(pdd))))))
            .Value.Report.Created.ShouldBe(2);
        (await app.SendAsync(new ConfirmOrderImport(d.Merchant.ShopId, await StageAsync(d.Merchant.ShopId, ("dy.csv", MarketplaceFiles.Douyin(douyin))))))
            .Value.Report.Created.ShouldBe(2);
        var manual = await app.ReceivedAsync(d.Merchant.ShopId, DropshipGiven.Order());
        foreach (var order in await OrdersAsync(d.Merchant.ShopId))
            await DropshipTestOrders.ShipAsync(app.Services, order.Id, "顺丰速运", "SF" + Random.Shared.NextInt64(100_000_000_000, 999_999_999_999));
        (await app.SendAsync(new LatestOrderSource(d.Merchant.ShopId))).ShouldBe(MarketplacePlatform.Douyin);

        var (from, to) = (DateTime.UtcNow.AddDays(-1), DateTime.UtcNow.AddDays(1));
        var forPdd = await app.SendAsync(new ExportShippedOrders(d.Merchant.ShopId, from, to, MarketplacePlatform.Pinduoduo));
        forPdd.Select(r => r.ExternalOrderId).ShouldBe([MarketplaceFiles.PinduoduoId(pdd.A), MarketplaceFiles.PinduoduoId(pdd.B), manual.ExternalOrderId], ignoreOrder: true);
        (await app.SendAsync(new ExportShippedOrders(d.Merchant.ShopId, from, to))).Count.ShouldBe(5);
    }

    [Fact]
    public async Task Uploads_expire_and_the_cleanup_deletes_them_with_their_files()
    {
        var d = await app.DropshipMerchantAsync();
        var upload = await StageAsync(d.Merchant.ShopId, ("dy.csv", MarketplaceFiles.Douyin(MarketplaceFiles.Ids.New())));
        var files = (await app.QueryAsync<DropshipDbContext, ImportUpload>(db => db.ImportUploads.AsNoTracking().SingleAsync(u => u.Id == upload))).Files;
        var store = app.Services.GetRequiredService<IFileStore>();
        files.ShouldAllBe(f => store.OpenRead(f.StoredName) != null);

        app.Clock.Advance(ImportUpload.Lifetime);
        (await app.SendAsync(new PreviewOrderImport(d.Merchant.ShopId, upload)))!.State.ShouldBe(UploadState.Expired);
        (await app.SendAsync(new ConfirmOrderImport(d.Merchant.ShopId, upload))).IsFailure.ShouldBeTrue();
        (await app.SendAsync(new PurgeImportUploads())).Value.ShouldBeGreaterThanOrEqualTo(1);
        (await app.SendAsync(new PreviewOrderImport(d.Merchant.ShopId, upload))).ShouldBeNull();
        files.ShouldAllBe(f => store.OpenRead(f.StoredName) == null);
        (await OrdersAsync(d.Merchant.ShopId)).ShouldBeEmpty();
    }
}

public sealed class MarketplaceImportSlicesOnSqlite(SqliteApp app) : MarketplaceImportSlices(app), IClassFixture<SqliteApp>;

public sealed class MarketplaceImportSlicesOnPostgreSql(PostgreSqlApp app) : MarketplaceImportSlices(app), IClassFixture<PostgreSqlApp>;
