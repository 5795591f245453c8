using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Time;
using SharedWarehouse.Modules.Rental.Data;
using SharedWarehouse.Modules.Rental.Domain;
using SharedWarehouse.Modules.Rental.Features.Bookings;

/// Rental bookings racing for the same units (bench/rental/run.sh): one item with Units units; each attempt books 1–3 days
/// starting on a random day of the next year (BookAheadDays 365), no buffer, so the calendar fills as the run goes and
/// more attempts find their days taken. The app side is the real BookRental command (scope, pipeline, unit of work, the
/// unit chosen by the free-unit query, the insert guarded by the exclusion constraint, the step row, commit). The pgbench
/// side (pgbench-book.sql, written by rental-setup from the real table's columns) is one INSERT of a copy of a real booking
/// for a random unit and the same random days, ON CONFLICT DO NOTHING against the same constraint.
internal static class RentalBench
{
    public const int Units = 32, Horizon = 365;
    public static readonly Guid Item = Guid.Parse("00000000-0000-7000-8000-0000000000b1");

    public static async Task SetupAsync(IServiceProvider provider, string pgbenchFile)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RentalDbContext>();
        var now = DateTime.UtcNow;
        var item = RentalItem.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), "基准相机", null, null,
            new RentalTerms(80000, new RentalPrices(10000, 50000, 150000), 1, 30, 0, 5000, EarlyReturnPolicy.NoRefund), now).Value;
        db.Entry(item).Property(i => i.Id).CurrentValue = Item;
        for (var i = 1; i <= Units; i++) item.AddUnit($"BENCH-{i:D3}", Guid.CreateVersion7(), "基准仓", now);
        db.Items.Add(item);
        await db.SaveChangesAsync();
        // One real booking made by the command is the template of pgbench's rows; then the calendar starts empty.
        var today = ChinaTime.Today(TimeProvider.System);
        var template = await scope.ServiceProvider.GetRequiredService<ISender>().Send(
            new BookRental(Guid.CreateVersion7(), Item, Guid.CreateVersion7(), today, today.AddDays(1), RentalFulfilment.Pickup, null));
        if (template.IsFailure) throw new InvalidOperationException(template.Errors[0].Message);
        var columns = await db.Database.SqlQueryRaw<string>("""
            SELECT column_name AS "Value" FROM information_schema.columns WHERE table_schema = 'rental' AND table_name = 'bookings' ORDER BY ordinal_position
            """).ToListAsync();
        var overrides = new Dictionary<string, string>
        {
            ["Id"] = "gen_random_uuid()", ["Number"] = "'PG' || substr(md5(random()::text), 1, 18)", ["RequestKey"] = "gen_random_uuid()",
            ["BuyerId"] = "gen_random_uuid()", ["UnitId"] = "u.unit_id", ["UnitSerial"] = "u.serial",
            ["StartDate"] = "t.\"StartDate\" + :start::int", ["EndDate"] = "t.\"StartDate\" + (:start::int + :len::int)",
            ["BlockStart"] = "t.\"StartDate\" + :start::int", ["BlockEnd"] = "t.\"StartDate\" + (:start::int + :len::int)",
        };
        await db.Database.ExecuteSqlRawAsync("""
            CREATE TABLE bench_rental_template AS SELECT * FROM rental.bookings; -- the template booking is the only one
            CREATE TABLE bench_rental_units AS SELECT row_number() OVER (ORDER BY "Serial")::int AS n, "Id" AS unit_id, "Serial" AS serial FROM rental.units;
            DELETE FROM rental.steps; DELETE FROM rental.bookings; ANALYZE;
            """);
        var list = string.Join(", ", columns.Select(c => $"\"{c}\""));
        var values = string.Join(", ", columns.Select(c => overrides.GetValueOrDefault(c, $"t.\"{c}\"")));
        await File.WriteAllTextAsync(pgbenchFile, $"""
            -- Written by `SharedWarehouse.Bench rental-setup` from rental.bookings' columns: a copy of a real booking for a random
            -- unit of the item and 1–3 random days of the next year, refused by the exclusion constraint when the unit is taken.
            \set unit random(1, {Units})
            \set start random(0, {Horizon - 1})
            \set len random(1, 3)
            INSERT INTO rental.bookings ({list})
            SELECT {values} FROM bench_rental_template t, bench_rental_units u WHERE u.n = :unit
            ON CONFLICT DO NOTHING;

            """);
    }

    public static async Task<int> RunAsync(IServiceProvider provider, int seconds, int clients)
    {
        var today = ChinaTime.Today(TimeProvider.System);
        var (booked, refused) = (0, 0);
        var stop = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var buyer = Guid.CreateVersion7();
            while (stop.Elapsed.TotalSeconds < seconds)
            {
                var start = today.AddDays(Random.Shared.Next(0, Horizon));
                await using var scope = provider.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(
                    new BookRental(buyer, Item, Guid.CreateVersion7(), start, start.AddDays(Random.Shared.Next(1, 4)), RentalFulfilment.Pickup, null));
                if (result.IsSuccess) Interlocked.Increment(ref booked);
                else if (result.Errors[0].Field == "StartDate") Interlocked.Increment(ref refused);
                else throw new InvalidOperationException(result.Errors[0].Message);
            }
        })));
        var elapsed = stop.Elapsed.TotalSeconds;
        Console.WriteLine($"attempts={(booked + refused) / elapsed:F0}/s booked={booked} refused={refused} in {elapsed:F1}s with {clients} clients");
        return 0;
    }

    /// No two holding bookings of one unit overlap (whoever wrote them), and the counts.
    public static async Task<int> CheckAsync(IServiceProvider provider)
    {
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RentalDbContext>();
        var overlaps = await db.Database.SqlQueryRaw<int>("""
            SELECT count(*)::int AS "Value" FROM rental.bookings a JOIN rental.bookings b ON a."UnitId" = b."UnitId" AND a."Id" < b."Id"
             AND a."HoldsUnit" AND b."HoldsUnit" AND daterange(a."BlockStart", a."BlockEnd") && daterange(b."BlockStart", b."BlockEnd")
            """).SingleAsync();
        var total = await db.Bookings.CountAsync();
        Console.WriteLine($"check: {total} bookings, {overlaps} overlapping pairs on one unit");
        return overlaps == 0 ? 0 : 1;
    }
}
