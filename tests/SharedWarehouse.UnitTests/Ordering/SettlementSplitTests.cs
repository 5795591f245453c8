using SharedWarehouse.Modules.Ordering.Domain;

namespace SharedWarehouse.UnitTests.Ordering;

public sealed class SettlementSplitTests
{
    [Fact]
    public void The_supplier_gets_the_wholesale_total_and_the_reseller_the_margin_less_the_commission()
    {
        var split = SettlementSplit.Of(retailFen: 30000, wholesaleFen: 16000, commissionBasisPoints: 500);

        split.ShouldBe(new SettlementSplit(30000, 16000, 1500, 16000, 12500));
    }

    [Theory]
    [InlineData(1010, 0, 500, 51)]   // 50.5 fen rounds half up
    [InlineData(1009, 0, 500, 50)]   // 50.45 fen rounds down
    [InlineData(333, 0, 333, 11)]    // 11.0889 fen
    [InlineData(10, 0, 10_000, 10)]  // the whole price at 100 %
    public void The_commission_is_the_rate_of_the_retail_total_rounded_half_up_to_the_fen(long retail, long wholesale, int bp, long commission) =>
        SettlementSplit.Of(retail, wholesale, bp).CommissionFen.ShouldBe(commission);

    [Fact]
    public void The_commission_never_exceeds_the_margin_so_the_reseller_never_owes()
    {
        var split = SettlementSplit.Of(retailFen: 10000, wholesaleFen: 9800, commissionBasisPoints: 500);

        split.ShouldBe(new SettlementSplit(10000, 9800, 200, 9800, 0));
    }

    [Theory]
    [InlineData(1L, 0L, 1)]
    [InlineData(99_999_999L, 12_345_678L, 777)]
    [InlineData(15000L, 15000L, 500)]
    public void The_three_shares_always_add_up_to_the_retail_total(long retail, long wholesale, int bp)
    {
        var s = SettlementSplit.Of(retail, wholesale, bp);

        (s.SupplierFen + s.ResellerFen + s.CommissionFen).ShouldBe(retail);
        s.ResellerFen.ShouldBeGreaterThanOrEqualTo(0);
    }
}
