using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Inventory.Contracts;
using SharedWarehouse.Modules.Inventory.Data;
using SharedWarehouse.Modules.Inventory.Features.Ledger;
using SharedWarehouse.Web.Setup;

// Usage: SharedWarehouse.Bench <connection string> <command> [seconds] [concurrency]
//   setup   migrate and seed: one hot SKU (1 balance) and 1,000 SKUs (1 balance each), plus bench_skus for pgbench
//   hot     64 reservers on the hot SKU through IStockReservations (the real command, unit of work and all)
//   spread  64 reservers on random SKUs of the 1,000
//   check   the invariant: no negative available, ledger sums = on-hand
var connection = args[0];
var command = args[1];
var seconds = args.Length > 2 ? int.Parse(args[2]) : 10;
var concurrency = args.Length > 3 ? int.Parse(args[3]) : 64;

var configuration = new ConfigurationBuilder().AddInMemoryCollection().Build();
var services = new ServiceCollection();
services.AddSingleton<IConfiguration>(configuration);
services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning).AddConsole()
    .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None)); // the first MigrateAsync probes a missing history table
services.AddSingleton(TimeProvider.System);
services.AddSingleton(Options.Create(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = connection }));
services.AddSingleton(Options.Create(new StorageOptions { DataPath = Directory.CreateTempSubdirectory("sw-bench-").FullName }));
services.AddSharedWarehouseCore(configuration);
await using var provider = services.BuildServiceProvider();

var owner = Guid.Parse("00000000-0000-7000-8000-0000000000aa");
var hotSku = Guid.Parse("00000000-0000-7000-8000-000000000001");

switch (command)
{
    case "setup":
        await using (var scope = provider.CreateAsyncScope())
        {
            foreach (var type in provider.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.DbContextType).Append(typeof(SharedWarehouse.BuildingBlocks.Jobs.PlatformDbContext)))
                await ((DbContext)scope.ServiceProvider.GetRequiredService(type)).Database.MigrateAsync();
            var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
            // Seeded as receipts would leave it: one balance per SKU and its one receipt movement.
            await db.Database.ExecuteSqlRawAsync("""
                CREATE TABLE IF NOT EXISTS bench_skus (n int PRIMARY KEY, balance_id uuid NOT NULL);
                TRUNCATE bench_skus;
                INSERT INTO inventory.stock_balances ("Id","WarehouseId","BinId","SkuId","Lot","OwnerShopId","ProductionDate","ExpiryDate","FirstReceivedUtc","OnHand","Reserved")
                SELECT gen_random_uuid(), gen_random_uuid(), gen_random_uuid(),
                       CASE WHEN n = 0 THEN '00000000-0000-7000-8000-000000000001'::uuid ELSE gen_random_uuid() END, 'BENCH', '00000000-0000-7000-8000-0000000000aa'::uuid, NULL, DATE '2030-01-01', now(),
                       CASE WHEN n = 0 THEN 100000000 ELSE 10000000 END, 0
                FROM generate_series(0, 1000) n;
                INSERT INTO bench_skus SELECT row_number() OVER (ORDER BY "Id") - 1, "Id" FROM inventory.stock_balances WHERE "SkuId" <> '00000000-0000-7000-8000-000000000001';
                INSERT INTO bench_skus SELECT -1, "Id" FROM inventory.stock_balances WHERE "SkuId" = '00000000-0000-7000-8000-000000000001';
                INSERT INTO inventory.stock_movements ("Id","BalanceId","WarehouseId","SkuId","OwnerShopId","Type","Quantity","Reference","DocumentId","UserId","AtUtc")
                SELECT gen_random_uuid(), "Id", "WarehouseId", "SkuId", "OwnerShopId", 1, "OnHand", 'BENCH-SEED', NULL, NULL, now() FROM inventory.stock_balances;
                ANALYZE;
                """);
            var hotBalance = await db.Balances.Where(b => b.SkuId == hotSku).Select(b => b.Id).SingleAsync();
            Console.WriteLine($"hot_balance={hotBalance}");
        }
        break;

    case "hot":
    case "spread":
    {
        List<Guid> skus;
        await using (var scope = provider.CreateAsyncScope())
            skus = command == "hot" ? [hotSku]
                : await scope.ServiceProvider.GetRequiredService<InventoryDbContext>().Balances.Where(b => b.SkuId != hotSku).Select(b => b.SkuId).ToListAsync();
        // Warm the pool and JIT so the timed window measures steady state.
        await ReserveOnce(provider, skus[0], owner, "warm-" + Guid.NewGuid());
        var stop = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(seconds);
        long ok = 0, failed = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            while (stop.Elapsed < deadline)
            {
                var sku = skus[random.Next(skus.Count)];
                if (await ReserveOnce(provider, sku, owner, $"{command}-{worker}-{Guid.CreateVersion7():N}")) Interlocked.Increment(ref ok);
                else Interlocked.Increment(ref failed);
            }
        })));
        var elapsed = stop.Elapsed.TotalSeconds;
        Console.WriteLine($"{command}: {ok} reservations in {elapsed:F1}s = {ok / elapsed:F0}/s with {concurrency} reservers ({failed} refused)");
        break;
    }

    case "check":
        await using (var scope = provider.CreateAsyncScope())
        {
            var mismatches = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new CheckLedger());
            var negative = await scope.ServiceProvider.GetRequiredService<InventoryDbContext>().Balances.CountAsync(b => b.OnHand - b.Reserved < 0);
            var reservedTotal = await scope.ServiceProvider.GetRequiredService<InventoryDbContext>().Balances.SumAsync(b => b.Reserved);
            Console.WriteLine($"check: {negative} balances with negative available, {mismatches.Count} ledger mismatches, {reservedTotal} units reserved in total");
            if (negative > 0 || mismatches.Count > 0) return 1;
        }
        break;

    default:
        Console.Error.WriteLine("unknown command " + command);
        return 2;
}
return 0;

static async Task<bool> ReserveOnce(IServiceProvider provider, Guid sku, Guid owner, string reference)
{
    await using var scope = provider.CreateAsyncScope();
    var result = await scope.ServiceProvider.GetRequiredService<IStockReservations>()
        .ReserveAsync(new ReserveStock(sku, 1, TimeSpan.FromMinutes(30), reference, owner), CancellationToken.None);
    return result.IsSuccess;
}
