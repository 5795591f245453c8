using SharedWarehouse.Modules.Wallet.Domain;
using SharedWarehouse.Modules.Wallet.Features;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.UnitTests.Wallet;

public sealed class WalletRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc);
    private static readonly WalletAccount Account = WalletAccount.Open(Guid.NewGuid(), Now);

    private static Result<LedgerEntry> Entry(LedgerKind kind, long amount, string? reason = "r") =>
        LedgerEntry.Record(Account, kind, amount, "test", "D1", reason, null, Now);

    [Theory]
    [InlineData(10_000, 0, 10_000, true)]
    [InlineData(10_000, 4_000, 6_000, true)]
    [InlineData(10_000, 4_000, 6_001, false)]
    [InlineData(10_000, 0, 0, false)]
    [InlineData(0, 0, 1, false)]
    public void A_hold_needs_that_much_available(long balance, long held, long amount, bool allowed) =>
        new WalletFunds(balance, held).CanHold(amount).ShouldBe(allowed);

    [Theory]
    [InlineData(10_000, 5_000, 5_000, 4_000, true)]   // less than held: the rest is released
    [InlineData(10_000, 5_000, 5_000, 10_000, true)]  // more than held: the other 5,000 is available
    [InlineData(10_000, 5_000, 5_000, 10_001, false)] // more than held and available together
    [InlineData(10_000, 8_000, 5_000, 7_001, false)]  // another hold's money is not available
    [InlineData(10_000, 5_000, 5_000, 0, true)]
    public void Settling_may_exceed_the_hold_only_by_what_is_available(long balance, long held, long hold, long actual, bool allowed) =>
        new WalletFunds(balance, held).CanSettle(hold, actual).ShouldBe(allowed);

    [Theory]
    [InlineData(LedgerKind.Recharge, -1)]
    [InlineData(LedgerKind.Hold, -1)]
    [InlineData(LedgerKind.Credit, -1)]
    [InlineData(LedgerKind.Refund, -1)]
    [InlineData(LedgerKind.HoldRelease, 1)]
    [InlineData(LedgerKind.Debit, 1)]
    [InlineData(LedgerKind.Adjustment, 0)]
    public void An_entry_with_the_wrong_sign_or_zero_is_refused(LedgerKind kind, long amount) =>
        Entry(kind, amount).IsFailure.ShouldBeTrue();

    [Fact]
    public void An_adjustment_needs_a_reason_and_may_go_either_way()
    {
        Entry(LedgerKind.Adjustment, 500, "  ").Errors.Single().Field.ShouldBe("Reason");
        Entry(LedgerKind.Adjustment, -500, "核对差错").IsSuccess.ShouldBeTrue();
        Entry(LedgerKind.Adjustment, 500, "补偿").Value.Reason.ShouldBe("补偿");
    }

    [Fact]
    public void An_entry_needs_its_document()
    {
        LedgerEntry.Record(Account, LedgerKind.Credit, 100, "", "D1", null, null, Now).IsFailure.ShouldBeTrue();
        LedgerEntry.Record(Account, LedgerKind.Credit, 100, "t", new string('x', 101), null, null, Now).IsFailure.ShouldBeTrue();
    }

    [Fact]
    public void The_ledger_sums_to_balance_and_held_separately()
    {
        var funds = LedgerEntry.Sum([
            (LedgerKind.Recharge, 10_000), (LedgerKind.Hold, 3_000), (LedgerKind.HoldRelease, -3_000), (LedgerKind.Debit, -2_500),
            (LedgerKind.Hold, 1_000), (LedgerKind.Credit, 700), (LedgerKind.Refund, 300), (LedgerKind.Adjustment, -500),
        ]);
        funds.ShouldBe(new WalletFunds(8_000, 1_000));
        funds.AvailableFen.ShouldBe(7_000);
    }

    [Fact]
    public void A_repeated_hold_is_the_same_hold_only_with_the_same_shop_and_amount()
    {
        var hold = WalletHold.Place(Entry(LedgerKind.Hold, 1_000).Value);
        hold.SameAs(Account.ShopId, 1_000).IsSuccess.ShouldBeTrue();
        hold.SameAs(Account.ShopId, 1_001).IsFailure.ShouldBeTrue();
        hold.SameAs(Guid.NewGuid(), 1_000).IsFailure.ShouldBeTrue();
    }

    [Theory]
    [InlineData(99, false)]
    [InlineData(100, true)]
    [InlineData(100_000_000, true)]
    [InlineData(100_000_001, false)]
    public void A_recharge_is_between_one_yuan_and_a_million(long fen, bool allowed) =>
        Recharge.Start(Guid.NewGuid(), Guid.NewGuid(), fen, Now).IsSuccess.ShouldBe(allowed);

    [Fact]
    public void A_recharge_is_credited_once_and_only_for_its_amount()
    {
        var recharge = Recharge.Start(Guid.NewGuid(), Guid.NewGuid(), 5_000, Now).Value;
        recharge.Number.ShouldStartWith("WR20261123");
        recharge.Credit(Guid.NewGuid(), 4_999, Now).IsFailure.ShouldBeTrue();
        var payment = Guid.NewGuid();
        recharge.Credit(payment, 5_000, Now).Value.ShouldBeTrue();
        recharge.Credit(payment, 5_000, Now).Value.ShouldBeFalse();
        recharge.Credit(Guid.NewGuid(), 5_000, Now).IsFailure.ShouldBeTrue();
        recharge.Status.ShouldBe(RechargeStatus.Credited);
    }
}
