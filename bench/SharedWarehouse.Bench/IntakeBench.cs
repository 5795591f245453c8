using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Catalog.Features.Queries;
using SharedWarehouse.Modules.Catalog.Features.SaveProduct;
using SharedWarehouse.Modules.Dropship.Data;
using SharedWarehouse.Modules.Dropship.Domain;
using SharedWarehouse.Modules.Dropship.Features.Intake;
using SharedWarehouse.Modules.Dropship.Features.Settings;
using SharedWarehouse.Modules.Inventory.Features.Receipts;
using SharedWarehouse.Modules.Inventory.Features.Warehouses;
using SharedWarehouse.Modules.Markets.Features.Markets;
using SharedWarehouse.Modules.Markets.Features.StallCodes;
using SharedWarehouse.Modules.Merchants.Domain;
using SharedWarehouse.Modules.Merchants.Features.ReviewApplication;
using SharedWarehouse.Modules.Merchants.Features.SaveApplication;
using SharedWarehouse.SharedKernel;

/// Dropship intake (bench/run-intake.sh): one own-team merchant made through the real commands, with 40 SKU codes
/// bought at market stalls (stall codes, primary stall and an alternate) and 5 SKUs in its own warehouse (stock
/// received through a posted receipt). A batch is N orders of 1 to 3 lines each (2 on average): 80 % of the lines
/// name a stall code (the filter issues a pickup task), 15 % a warehouse SKU (the filter reserves stock), 5 % a code
/// nobody knows (left to the merchant). The same batch shape is what bench/pgbench-intake.sql inserts.
internal static class IntakeBench
{
    private const string Region = "440104";
    public const int StallCodes = 40, WarehouseCodes = 5;

    private static async Task<T> SendAsync<T>(IServiceProvider provider, IRequest<T> request)
    {
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(request);
    }

    private static T Ok<T>(Result<T> result) => result.IsSuccess ? result.Value : throw new InvalidOperationException(string.Join("; ", result.Errors));
    private static void Ok(Result result) { if (result.IsFailure) throw new InvalidOperationException(string.Join("; ", result.Errors)); }

    /// The merchant, its market, stall codes, warehouse stock and API key; prints the key for the HTTP run.
    public static async Task SetupAsync(IServiceProvider provider)
    {
        var owner = Guid.CreateVersion7();
        var image = new UploadedImage(PngWriter.Solid(400, 300, 10, 120, 200));
        var application = Ok(await SendAsync(provider, new SaveApplication(owner, "基准代发服饰", ShopType.Flagship, "服装", Region, "张三",
            "11010519491231002X", image, image, true)));
        var shop = Ok(await SendAsync(provider, new ApproveApplication(Guid.CreateVersion7(), application)));
        Ok(await SendAsync(provider, new SaveDropshipSettings(shop, DropshipMode.OwnTeam, null, "李老板", "13800138000", Region, "白马服装城 5 楼")));

        var market = Ok(await SendAsync(provider, new SaveMarket(null, "基准批发市场", Region, "人民南路 1 号", null)));
        var floor = Ok(await SendAsync(provider, new SaveFloor(market, null, "1楼", 1)));
        var stalls = new List<Guid>();
        for (var s = 1; s <= 10; s++) stalls.Add(Ok(await SendAsync(provider, new SaveStall(market, null, floor, $"A{s:D2}", "王姐", "13800001111"))));
        for (var c = 1; c <= StallCodes; c++)
            Ok(await SendAsync(provider, new SaveStallCode(owner, null, StallCode(c),
                [new StallChoiceInput(stalls[c % stalls.Count], $"K-{c}"), new StallChoiceInput(stalls[(c + 1) % stalls.Count], null)])));

        var liquor = (await SendAsync(provider, new GetCategoryTree())).First(c => c.Name == "酒水" && c.ParentId is null);
        var attributes = new Dictionary<string, string?> { ["产地"] = "贵州仁怀", ["酒精度"] = "53", ["净含量"] = "500", ["配料"] = "高粱、小麦、水" };
        Ok(await SendAsync(provider, new SaveProduct(owner, null, "基准自营仓商品", liquor.Id, null, "纯粮酿造", "白酒", attributes,
            Enumerable.Range(1, WarehouseCodes).Select(w => new SkuRow(null, WarehouseCode(w), null, $"规格{w}", "100.00", "900", null)).ToList())));
        var warehouse = Ok(await SendAsync(provider, new OpenWarehouse(owner, "基准自营仓", Region, "文三路 1 号", null, null)));
        var bin = Ok(await SendAsync(provider, new AddBin(owner, warehouse, "A", "A-01")));
        var receipt = Ok(await SendAsync(provider, new CreateReceipt(owner, warehouse, "厂家",
            Enumerable.Range(1, WarehouseCodes).Select(w => new ReceiptLineInput(WarehouseCode(w), 10_000_000, "L1", null, null, 5000, bin)).ToList())));
        Ok(await SendAsync(provider, new PostReceipt(owner, receipt)));
        var key = Ok(await SendAsync(provider, new IssueDropshipApiKey(shop)));

        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DropshipDbContext>();
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE IF NOT EXISTS bench_intake (shop_id uuid NOT NULL); TRUNCATE bench_intake;");
        await db.Database.ExecuteSqlInterpolatedAsync($"INSERT INTO bench_intake VALUES ({shop})");
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        Console.WriteLine($"key={key}");
    }

    private static string StallCode(int c) => $"ST-{c:D2}-红-M";
    private static string WarehouseCode(int w) => $"WH-{w}";

    /// The batch: order i has 1 + i % 3 lines; line codes drawn as described above (fixed seed per batch name).
    public static IReadOnlyList<IncomingOrder> Batch(string prefix, int count)
    {
        var random = new Random(prefix.Aggregate(17, (h, c) => unchecked(h * 31 + c))); // string.GetHashCode differs per process
        return Enumerable.Range(0, count).Select(i =>
        {
            var lines = Enumerable.Range(0, 1 + i % 3).Select(_ =>
            {
                var roll = random.Next(100);
                var code = roll < 80 ? StallCode(1 + random.Next(StallCodes)) : roll < 95 ? WarehouseCode(1 + random.Next(WarehouseCodes)) : $"UNKNOWN-{random.Next(50)}";
                return new IncomingLine(code, "女士雪纺连衣裙 夏季新款", "红色", "M", 1 + random.Next(2), 4500);
            }).ToList();
            return new IncomingOrder($"{prefix}{i:D6}", "淘宝·基准店", "张三", $"139{random.Next(10_000_000, 99_999_999)}", Region,
                $"北京路 {i} 号 {random.Next(1, 30)} 楼", i % 5 == 0 ? "请尽快发货" : null, lines);
        }).ToList();
    }

    /// The same batch as the HTTP body the API takes.
    public static async Task WriteJsonAsync(string prefix, int count, string file)
    {
        await using var stream = File.Create(file);
        await JsonSerializer.SerializeAsync(stream, new { orders = Batch(prefix, count) }, new JsonSerializerOptions(JsonSerializerDefaults.Web));
    }

    /// Batches of N orders through the real command, one after the other (each its own DI scope, as a request is);
    /// a small untimed batch first warms the JIT and the pool. Prints each batch's seconds and outcomes.
    public static async Task<int> RunAsync(IServiceProvider provider, int batches, int count)
    {
        Guid shop;
        await using (var scope = provider.CreateAsyncScope())
            shop = await scope.ServiceProvider.GetRequiredService<DropshipDbContext>().Accounts.Select(a => a.ShopId).SingleAsync();
        var run = Guid.NewGuid().ToString("N")[..6];
        await ReceiveAsync(provider, shop, Batch($"W{run}-", 20));
        var failed = false;
        for (var b = 1; b <= batches; b++)
        {
            var batch = Batch($"B{run}{b}-", count);
            var started = Stopwatch.GetTimestamp();
            var report = await ReceiveAsync(provider, shop, batch);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            Console.WriteLine($"intake: batch {b}: {count} orders in {seconds:F2} s ({seconds * 1000 / count:F1} ms/order): "
                + $"{report.Created} created, {report.Duplicates} duplicates, {report.Rejected} rejected");
            failed |= report.Created != count;
        }
        return failed ? 1 : 0;
    }

    private static async Task<IntakeReport> ReceiveAsync(IServiceProvider provider, Guid shop, IReadOnlyList<IncomingOrder> batch)
    {
        await using var scope = provider.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ReceiveDropshipOrders(shop, batch));
        return result.IsSuccess ? result.Value : throw new InvalidOperationException(string.Join("; ", result.Errors));
    }

    /// Every order received by the app has its lines and was filtered: no line left New, a pickup task for each line
    /// sent to a stall, a reservation reference for each warehouse line.
    public static async Task<int> CheckAsync(IServiceProvider provider)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DropshipDbContext>();
        var orders = await db.Orders.CountAsync();
        var unfiltered = await db.Orders.CountAsync(o => !o.Filtered);
        var lines = await db.Lines.CountAsync();
        var newLines = await db.Lines.CountAsync(l => l.Status == LineStatus.New);
        var pickup = await db.Lines.CountAsync(l => l.Status == LineStatus.AwaitingPickup);
        var tasks = await db.Tasks.CountAsync();
        var reserved = await db.Lines.CountAsync(l => l.Status == LineStatus.Reserved && l.ReservationReference != null);
        var noStall = await db.Lines.CountAsync(l => l.Status == LineStatus.NoStall);
        Console.WriteLine($"check: {orders} orders, {unfiltered} unfiltered, {lines} lines ({pickup} awaiting pickup with {tasks} tasks, "
            + $"{reserved} reserved, {noStall} without a stall, {newLines} still new)");
        return unfiltered == 0 && newLines == 0 && pickup == tasks && pickup + reserved + noStall == lines ? 0 : 1;
    }
}
