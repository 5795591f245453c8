using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Catalog.Features.Listing;
using SharedWarehouse.Modules.Catalog.Features.ProductImages;
using SharedWarehouse.Modules.Catalog.Features.Queries;
using SharedWarehouse.Modules.Catalog.Features.Review;
using SharedWarehouse.Modules.Catalog.Features.SaveProduct;
using SharedWarehouse.Modules.Inventory.Features.Receipts;
using SharedWarehouse.Modules.Inventory.Features.Warehouses;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Merchants.Domain;
using SharedWarehouse.Modules.Merchants.Features.ReviewApplication;
using SharedWarehouse.Modules.Merchants.Features.SaveApplication;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Addresses;
using SharedWarehouse.Modules.Ordering.Features.Checkout;
using SharedWarehouse.SharedKernel;

/// Order placement (bench/ordering/run.sh): three merchants with one listed liquor each and plenty of stock, and
/// buyers with an address, all made through the real commands; then concurrent buyers each fill their cart with one
/// bottle from every merchant (one INSERT, the same statement pgbench runs) and place the order through the real
/// PlaceOrder process (store → reserve three lines in Inventory → make visible), i.e. one parent and three sub-orders.
internal static class OrderBench
{
    private const string Region = "330106";

    private static async Task<T> SendAsync<T>(IServiceProvider provider, IRequest<T> request)
    {
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(request);
    }

    private static T Ok<T>(Result<T> result) => result.IsSuccess ? result.Value : throw new InvalidOperationException(string.Join("; ", result.Errors));
    private static void Ok(Result result) { if (result.IsFailure) throw new InvalidOperationException(string.Join("; ", result.Errors)); }

    /// Creates the merchants, products, stock and buyers; writes bench_buyers and bench_order_skus for pgbench.
    public static async Task SetupAsync(IServiceProvider provider, int buyers)
    {
        var reviewer = Guid.CreateVersion7();
        var image = new UploadedImage(PngWriter.Solid(400, 300, 10, 120, 200));
        var liquor = (await SendAsync(provider, new GetCategoryTree())).First(c => c.Name == "酒水" && c.ParentId is null);
        var attributes = new Dictionary<string, string?> { ["产地"] = "贵州仁怀", ["酒精度"] = "53", ["净含量"] = "500", ["配料"] = "高粱、小麦、水" };
        for (var m = 1; m <= 3; m++)
        {
            var owner = Guid.CreateVersion7();
            var application = Ok(await SendAsync(provider, new SaveApplication(owner, $"基准酒坊{m}号", ShopType.Flagship, "酒水", Region, "张三",
                "11010519491231002X", image, image, true)));
            Ok(await SendAsync(provider, new ApproveApplication(reviewer, application)));
            var code = $"ORD-{m}";
            var product = Ok(await SendAsync(provider, new SaveProduct(owner, null, $"基准白酒{m}号", liquor.Id, null, "纯粮酿造", "白酒", attributes,
                [new SkuRow(null, code, null, "500ml", $"{100 + m}.00", "900", null)])));
            Ok(await SendAsync(provider, new AddProductImages(owner, product, [new UploadedImage(PngWriter.Solid(400, 400, 200, 40, 60))])));
            Ok(await SendAsync(provider, new SubmitProduct(owner, product)));
            Ok(await SendAsync(provider, new ApproveProduct(reviewer, product)));
            Ok(await SendAsync(provider, new ListProduct(owner, product)));
            var warehouse = Ok(await SendAsync(provider, new OpenWarehouse(owner, $"基准仓{m}", Region, "文三路 1 号", null, null)));
            var bin = Ok(await SendAsync(provider, new AddBin(owner, warehouse, "A", "A-01")));
            var receipt = Ok(await SendAsync(provider, new CreateReceipt(owner, warehouse, "酒厂", [new ReceiptLineInput(code, 50_000_000, "L1", null, null, 5000, bin)])));
            Ok(await SendAsync(provider, new PostReceipt(owner, receipt)));
        }
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrderingDbContext>();
        await db.Database.ExecuteSqlRawAsync("""
            CREATE TABLE IF NOT EXISTS bench_buyers (n int PRIMARY KEY, buyer_id uuid NOT NULL, address_id uuid NOT NULL);
            CREATE TABLE IF NOT EXISTS bench_order_skus (n int PRIMARY KEY, sku_id uuid NOT NULL, shop_id uuid NOT NULL, product_id uuid NOT NULL, price bigint NOT NULL);
            TRUNCATE bench_buyers, bench_order_skus;
            INSERT INTO bench_order_skus SELECT row_number() OVER (ORDER BY "Code"), "Id", "ShopId", "ProductId", "RetailPriceFen" FROM catalog.skus WHERE "Code" LIKE 'ORD-%';
            """);
        for (var n = 0; n < buyers; n++)
        {
            var buyer = Guid.CreateVersion7();
            var address = Ok(await SendAsync(provider, new AddAddress(buyer, "李四", "13912345678", Region, "文三路 100 号", true)));
            await db.Database.ExecuteSqlInterpolatedAsync($"INSERT INTO bench_buyers VALUES ({n}, {buyer}, {address})");
        }
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }

    /// The cart of one bottle from each merchant: the statement the pgbench script runs too.
    public const string FillCartSql = """
        INSERT INTO ordering.cart_items ("Id","CartKey","SkuId","Quantity","AddedUtc")
        SELECT gen_random_uuid(), 'u:' || {0}, sku_id, 1, now() FROM bench_order_skus
        """;

    public static async Task<int> RunAsync(IServiceProvider provider, int seconds, int concurrency)
    {
        List<(Guid Buyer, Guid Address)> buyers;
        await using (var scope = provider.CreateAsyncScope())
            buyers = (await scope.ServiceProvider.GetRequiredService<OrderingDbContext>().Database
                .SqlQueryRaw<BuyerRow>("SELECT buyer_id AS \"BuyerId\", address_id AS \"AddressId\" FROM bench_buyers ORDER BY n").ToListAsync())
                .Select(b => (b.BuyerId, b.AddressId)).ToList();
        if (buyers.Count < concurrency) throw new InvalidOperationException($"setup made {buyers.Count} buyers, {concurrency} needed");
        // Warm the pool and the JIT with the same concurrency (untimed), as wrk's warm-up does for the web benchmarks.
        var warm = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            while (warm.Elapsed < TimeSpan.FromSeconds(3)) await PlaceAsync(provider, buyers[worker]);
        })));
        var stop = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(seconds);
        long placed = 0, failed = 0;
        var latencies = new List<double>[concurrency];
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            latencies[worker] = [];
            while (stop.Elapsed < deadline)
            {
                var started = Stopwatch.GetTimestamp();
                if (await PlaceAsync(provider, buyers[worker])) Interlocked.Increment(ref placed);
                else Interlocked.Increment(ref failed);
                latencies[worker].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })));
        var elapsed = stop.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToList();
        var p99 = all.Count == 0 ? 0 : all[(int)Math.Min(all.Count - 1, Math.Ceiling(all.Count * 0.99) - 1)];
        Console.WriteLine($"orders: {placed} placed in {elapsed:F1}s = {placed / elapsed:F0}/s with {concurrency} buyers, p99 {p99:F1} ms ({failed} failed)");
        return failed == 0 ? 0 : 1;
    }

    private static async Task<bool> PlaceAsync(IServiceProvider provider, (Guid Buyer, Guid Address) b)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrderingDbContext>();
        await db.Database.ExecuteSqlRawAsync(string.Format(FillCartSql, $"'{b.Buyer:N}'"));
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new PlaceOrder(b.Buyer, Guid.CreateVersion7(), b.Address,
            DeliveryMethod.Express, PayBy.Online, InvoiceKind.None, null, null, null));
        if (result.IsFailure) Console.Error.WriteLine(string.Join("; ", result.Errors));
        return result.IsSuccess && result.Value.Status == OrderStatus.AwaitingPayment;
    }

    /// Every placed order has three sub-orders of one line each, every reserved unit belongs to a placed line (nothing
    /// reserved twice or lost), and no balance is negative.
    public static async Task<int> CheckAsync(IServiceProvider provider)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrderingDbContext>().Database;
        Task<long> Count(string sql) => db.SqlQueryRaw<long>(sql).SingleAsync();
        var orders = await Count("""SELECT count(*) AS "Value" FROM ordering.orders WHERE "Status" = 1""");
        var bad = await Count("""
            SELECT count(*) AS "Value" FROM ordering.orders o WHERE o."Status" = 1
              AND (SELECT count(*) FROM ordering.sub_orders s WHERE s."OrderId" = o."Id"
                   AND (SELECT count(*) FROM ordering.order_lines l WHERE l."SubOrderId" = s."Id") = 1) <> 3
            """);
        var lines = await Count("""
            SELECT coalesce(sum(l."Quantity"), 0)::bigint AS "Value" FROM ordering.order_lines l
            JOIN ordering.sub_orders s ON s."Id" = l."SubOrderId" JOIN ordering.orders o ON o."Id" = s."OrderId" WHERE o."Status" = 1
            """);
        var reserved = await Count("""
            SELECT coalesce(sum(b."Reserved"), 0)::bigint AS "Value" FROM inventory.stock_balances b
            WHERE b."SkuId" IN (SELECT sku_id FROM bench_order_skus)
            """);
        var negative = await Count("""SELECT count(*) AS "Value" FROM inventory.stock_balances WHERE "OnHand" - "Reserved" < 0""");
        Console.WriteLine($"check: {orders} placed orders, {bad} without exactly 3 one-line sub-orders, {lines} units ordered, {reserved} reserved, {negative} negative balances");
        return bad == 0 && negative == 0 && lines == reserved ? 0 : 1;
    }

    private sealed record BuyerRow(Guid BuyerId, Guid AddressId);
}
