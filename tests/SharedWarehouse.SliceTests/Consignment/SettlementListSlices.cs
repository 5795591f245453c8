using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Ordering.Data;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Features.Consignment;
using SharedWarehouse.SliceTests.Catalog;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Consignment;

/// The settlement list pages (it used to stop silently at 500 rows) and its totals cover every settlement of the shop,
/// whatever page is shown (they were summed over the loaded rows only).
public abstract class SettlementListSlices(AppFixture app)
{
    [Fact]
    public async Task Settlements_page_by_fifty_with_totals_over_all_of_them_and_only_for_their_two_shops()
    {
        var supplier = await app.MerchantAsync();
        var reseller = await app.MerchantAsync();
        var stranger = await app.MerchantAsync();
        var start = DateTime.UtcNow.AddDays(-1);
        await app.QueryAsync<OrderingDbContext, int>(async db =>
        {
            for (var i = 0; i < 60; i++)
                Seed(db, supplier.ShopId, reseller.ShopId, i, i < 55 ? SettlementStatus.Settled : SettlementStatus.Pending, start.AddMinutes(i));
            Seed(db, stranger.ShopId, reseller.ShopId, 99, SettlementStatus.Settled, start); // the reseller's, not the supplier's
            return await db.SaveChangesAsync();
        });

        var first = await app.SendAsync(new ListConsignmentSettlements(supplier.OwnerId));
        var second = await app.SendAsync(new ListConsignmentSettlements(supplier.OwnerId, 2));
        var beyond = await app.SendAsync(new ListConsignmentSettlements(supplier.OwnerId, 99));

        (first.Rows.Items.Count, first.Rows.Total, first.Rows.PageCount).ShouldBe((50, 60, 2));
        first.Rows.Items[0].PurchaseNumber.ShouldBe("CP59", "newest first");
        second.Rows.Items.Count.ShouldBe(10);
        first.Rows.Items.Concat(second.Rows.Items).Select(r => r.Id).Distinct().Count().ShouldBe(60);
        (beyond.Rows.PageNumber, beyond.Rows.Items.Count).ShouldBe((2, 10));
        foreach (var page in new[] { first, second })
            (page.SettledFen, page.PendingFen).ShouldBe((55 * 10_000L, 5 * 10_000L), "the supplier's share of all 60");

        var asReseller = await app.SendAsync(new ListConsignmentSettlements(reseller.OwnerId));
        (asReseller.Rows.Total, asReseller.SettledFen, asReseller.PendingFen).ShouldBe((61, 56 * 2_000L, 5 * 2_000L));
        var elsewhere = await app.SendAsync(new ListConsignmentSettlements((await app.MerchantAsync()).OwnerId));
        (elsewhere.Rows.Total, elsewhere.SettledFen, elsewhere.PendingFen).ShouldBe((0, 0L, 0L));
    }

    /// A settlement row as the job leaves it; made through EF's entry API because the domain only builds one from
    /// real orders, which would take 60 purchases here.
    private static void Seed(OrderingDbContext db, Guid supplierShop, Guid resellerShop, int n, SettlementStatus status, DateTime created)
    {
        var row = (ConsignmentSettlement)Activator.CreateInstance(typeof(ConsignmentSettlement), nonPublic: true)!;
        var entry = db.Add(row);
        var values = new Dictionary<string, object?>
        {
            [nameof(ConsignmentSettlement.PurchaseOrderId)] = Guid.NewGuid(), [nameof(ConsignmentSettlement.PurchaseSubOrderId)] = Guid.NewGuid(),
            [nameof(ConsignmentSettlement.PurchaseNumber)] = $"CP{n}", [nameof(ConsignmentSettlement.ResellerSubOrderId)] = Guid.NewGuid(),
            [nameof(ConsignmentSettlement.ResellerNumber)] = $"SO{n}", [nameof(ConsignmentSettlement.SupplierShopId)] = supplierShop,
            [nameof(ConsignmentSettlement.ResellerShopId)] = resellerShop, [nameof(ConsignmentSettlement.RetailFen)] = 12_500L,
            [nameof(ConsignmentSettlement.WholesaleFen)] = 10_000L, [nameof(ConsignmentSettlement.CommissionFen)] = 500L,
            [nameof(ConsignmentSettlement.SupplierFen)] = 10_000L, [nameof(ConsignmentSettlement.ResellerFen)] = 2_000L,
            [nameof(ConsignmentSettlement.CommissionBasisPoints)] = 400, [nameof(ConsignmentSettlement.Status)] = status,
            [nameof(ConsignmentSettlement.CreatedUtc)] = created,
            [nameof(ConsignmentSettlement.SettledUtc)] = status == SettlementStatus.Settled ? created : null,
        };
        foreach (var (name, value) in values) entry.Property(name).CurrentValue = value;
    }
}

public sealed class SettlementListOnSqlite(SqliteApp app) : SettlementListSlices(app), IClassFixture<SqliteApp>;

public sealed class SettlementListOnPostgreSql(PostgreSqlApp app) : SettlementListSlices(app), IClassFixture<PostgreSqlApp>;
