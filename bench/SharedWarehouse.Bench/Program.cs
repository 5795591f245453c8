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
//   profile N  after setup: N sequential calls of each layer (scope, context, transaction, a read, the command),
//              process CPU and wall time per call; where the per-reservation CPU goes, without a profiler
//   orders-setup N   migrate, start-up tasks, three merchants with stock and N buyers (bench/ordering/run.sh)
//   orders S N       N buyers placing three-merchant orders for S seconds; orders-check: the invariants
//   intake-setup     migrate, start-up tasks, one own-team dropship merchant (bench/run-intake.sh); prints its API key
//   intake B N       B batches of N orders through ReceiveDropshipOrders; intake-check: every order filtered
//   rental-setup F   migrate, one rental item with 32 units (bench/rental/run.sh); writes pgbench's booking insert to file F
//   rental S N       N clients booking random 1–3 day periods of the item for S seconds; rental-check: no unit booked twice
//   intake-json P N F   the batch of N orders with external ids starting with P, as the API's JSON body, into file F
var connection = args[0];
var command = args[1];
var seconds = args.Length > 2 && int.TryParse(args[2], out var s2) ? s2 : 10;
var concurrency = args.Length > 3 && int.TryParse(args[3], out var s3) ? s3 : 64;

// The rental bench books up to a year ahead (bench/rental/run.sh); nothing else reads it.
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Rental:BookAheadDays"] = "365" }).Build();
var services = new ServiceCollection();
services.AddSingleton<IConfiguration>(configuration);
services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning).AddConsole()
    .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None)); // the first MigrateAsync probes a missing history table
services.AddSingleton(TimeProvider.System);
services.AddSingleton(Options.Create(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = connection }));
var dataPath = Directory.CreateTempSubdirectory("sw-bench-").FullName;
AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { Directory.Delete(dataPath, recursive: true); } catch (IOException) { } };
services.AddSingleton(Options.Create(new StorageOptions { DataPath = dataPath }));
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

    case "profile":
    {
        // Sequential calls, one at a time: CPU (all threads of this process) and wall time per call of each layer.
        var n = seconds;
        var proc = Process.GetCurrentProcess();
        async Task Measure(string name, Func<int, Task> body)
        {
            for (var i = 0; i < 200; i++) await body(-i - 1);
            proc.Refresh(); var cpu0 = proc.TotalProcessorTime; var sw = Stopwatch.StartNew();
            for (var i = 0; i < n; i++) await body(i);
            proc.Refresh(); var cpu = proc.TotalProcessorTime - cpu0;
            Console.WriteLine($"{name,-40} cpu {cpu.TotalMicroseconds / n,8:F0} us/call  wall {sw.Elapsed.TotalMicroseconds / n,8:F0} us/call");
        }
        var run = Guid.NewGuid().ToString("N")[..8];
        await Measure("scope + resolve IStockReservations", async x => { await using var s = provider.CreateAsyncScope(); s.ServiceProvider.GetRequiredService<IStockReservations>(); });
        await Measure("scope + resolve InventoryDbContext", async x => { await using var s = provider.CreateAsyncScope(); _ = s.ServiceProvider.GetRequiredService<InventoryDbContext>().Model; });
        await Measure("scope + context + BeginTransaction/Commit", async x => { await using var s = provider.CreateAsyncScope(); var db = s.ServiceProvider.GetRequiredService<InventoryDbContext>(); await using var t = await db.Database.BeginTransactionAsync(); await t.CommitAsync(); });
        await Measure("scope + a one-table read of the SKU", async x => { await using var s = provider.CreateAsyncScope(); var db = s.ServiceProvider.GetRequiredService<InventoryDbContext>(); await db.Balances.AsNoTracking().Where(b => b.SkuId == hotSku && b.OnHand > b.Reserved).Select(b => b.Id).ToListAsync(); });
        await Measure("bare Npgsql round trip (SELECT 1)", async x => { await using var c = new Npgsql.NpgsqlConnection(connection); await c.OpenAsync(); await using var q = new Npgsql.NpgsqlCommand("SELECT 1", c); await q.ExecuteScalarAsync(); });
        await Measure("ReserveAsync (full command)", i => ReserveOnce(provider, hotSku, owner, $"prof-{run}-{i}"));
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

    case "orders-setup":
        await using (var scope = provider.CreateAsyncScope())
            foreach (var type in provider.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.DbContextType).Append(typeof(SharedWarehouse.BuildingBlocks.Jobs.PlatformDbContext)))
                await ((DbContext)scope.ServiceProvider.GetRequiredService(type)).Database.MigrateAsync();
        await using (var scope = provider.CreateAsyncScope())
            foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>().OrderBy(t => t.Order))
                await task.RunAsync(CancellationToken.None);
        await OrderBench.SetupAsync(provider, concurrency);
        break;

    case "orders":
        return await OrderBench.RunAsync(provider, seconds, concurrency);

    case "orders-check":
        return await OrderBench.CheckAsync(provider);

    case "intake-setup":
        await using (var scope = provider.CreateAsyncScope())
            foreach (var type in provider.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.DbContextType).Append(typeof(SharedWarehouse.BuildingBlocks.Jobs.PlatformDbContext)))
                await ((DbContext)scope.ServiceProvider.GetRequiredService(type)).Database.MigrateAsync();
        await using (var scope = provider.CreateAsyncScope())
            foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>().OrderBy(t => t.Order))
                await task.RunAsync(CancellationToken.None);
        await IntakeBench.SetupAsync(provider);
        break;

    case "intake":
        return await IntakeBench.RunAsync(provider, seconds, concurrency);

    case "intake-check":
        return await IntakeBench.CheckAsync(provider);

    case "intake-json":
        await IntakeBench.WriteJsonAsync(args[2], int.Parse(args[3]), args[4]);
        break;

    case "rental-setup":
        await using (var scope = provider.CreateAsyncScope())
            foreach (var type in provider.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.DbContextType).Append(typeof(SharedWarehouse.BuildingBlocks.Jobs.PlatformDbContext)))
                await ((DbContext)scope.ServiceProvider.GetRequiredService(type)).Database.MigrateAsync();
        await RentalBench.SetupAsync(provider, args[2]);
        break;

    case "rental":
        return await RentalBench.RunAsync(provider, seconds, concurrency);

    case "rental-check":
        return await RentalBench.CheckAsync(provider);

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
