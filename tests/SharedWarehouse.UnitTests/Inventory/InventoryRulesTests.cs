using SharedWarehouse.Modules.Inventory.Domain;

namespace SharedWarehouse.UnitTests.Inventory;

public sealed class InventoryRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Fefo_takes_the_earliest_expiry_first_and_lots_without_expiry_last()
    {
        var noExpiry = new Fefo.Candidate(Guid.NewGuid(), null, Now.AddDays(-30), 50);
        var late = new Fefo.Candidate(Guid.NewGuid(), new DateOnly(2028, 1, 1), Now, 10);
        var early = new Fefo.Candidate(Guid.NewGuid(), new DateOnly(2027, 1, 1), Now, 10);

        Fefo.Plan([noExpiry, late, early], 25).ShouldBe([(early.BalanceId, 10L), (late.BalanceId, 10L), (noExpiry.BalanceId, 5L)]);
    }

    [Fact]
    public void Fefo_breaks_ties_by_the_oldest_receipt_and_skips_empty_rows()
    {
        var newer = new Fefo.Candidate(Guid.NewGuid(), new DateOnly(2027, 1, 1), Now, 10);
        var older = new Fefo.Candidate(Guid.NewGuid(), new DateOnly(2027, 1, 1), Now.AddDays(-1), 10);
        var empty = new Fefo.Candidate(Guid.NewGuid(), new DateOnly(2026, 12, 1), Now, 0);

        Fefo.Plan([newer, older, empty], 12).ShouldBe([(older.BalanceId, 10L), (newer.BalanceId, 2L)]);
        Fefo.Plan([empty], 1).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("2026-01-01", null, 365, "2027-01-01")]
    [InlineData("2026-01-01", "2026-06-30", 365, "2026-06-30")]
    [InlineData(null, null, 365, null)]
    [InlineData("2026-01-01", null, null, null)]
    public void Expiry_is_the_printed_date_or_production_plus_shelf_life(string? produced, string? expires, int? shelfLife, string? expected) =>
        Receipt.DeriveExpiry(Parse(produced), Parse(expires), shelfLife).ShouldBe(Parse(expected));

    [Fact]
    public void A_posted_receipt_is_frozen_and_its_reversal_negates_every_line_once()
    {
        var receipt = Receipt.Draft(Guid.NewGuid(), Guid.NewGuid(), "供应商", Guid.NewGuid(), Now);
        receipt.AddLine(Guid.NewGuid(), 10, "L1", null, null, null, 100, Guid.NewGuid()).IsSuccess.ShouldBeTrue();
        receipt.AddLine(Guid.NewGuid(), 5, "L2", null, null, null, 100, Guid.NewGuid()).IsSuccess.ShouldBeTrue();
        receipt.Reverse(Guid.NewGuid(), Now).IsFailure.ShouldBeTrue(); // a draft is not reversed, it is edited

        receipt.Post(Now).IsSuccess.ShouldBeTrue();
        receipt.AddLine(Guid.NewGuid(), 1, "L3", null, null, null, 0, Guid.NewGuid()).IsFailure.ShouldBeTrue();
        receipt.Post(Now).IsFailure.ShouldBeTrue();
        var reversal = receipt.Reverse(Guid.NewGuid(), Now);

        reversal.Value.Lines.Select(l => l.Quantity).ShouldBe([-10L, -5L]);
        reversal.Value.Status.ShouldBe(ReceiptStatus.Posted);
        reversal.Value.ReversesId.ShouldBe(receipt.Id);
        receipt.Reverse(Guid.NewGuid(), Now).IsFailure.ShouldBeTrue();
        reversal.Value.Reverse(Guid.NewGuid(), Now).IsFailure.ShouldBeTrue();
    }

    [Fact]
    public void Receipt_lines_need_a_positive_quantity_and_an_expiry_not_before_production()
    {
        var receipt = Receipt.Draft(Guid.NewGuid(), Guid.NewGuid(), "供应商", Guid.NewGuid(), Now);
        receipt.AddLine(Guid.NewGuid(), 0, "L", null, null, null, 0, Guid.NewGuid()).Errors.Single().Field.ShouldBe("Quantity");
        receipt.AddLine(Guid.NewGuid(), 1, "L", new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 1), null, 0, Guid.NewGuid()).Errors.Single().Field.ShouldBe("ExpiryDate");
        receipt.Post(Now).IsFailure.ShouldBeTrue();
    }

    [Fact]
    public void A_grant_covers_only_its_owner_target_and_grantee()
    {
        var owner = Guid.NewGuid(); var partner = Guid.NewGuid(); var sku = Guid.NewGuid(); var warehouse = Guid.NewGuid();
        var toPartner = SharingGrant.Create(owner, GrantScope.Sku, sku, partner, Now).Value;
        var toAll = SharingGrant.Create(owner, GrantScope.Warehouse, warehouse, null, Now).Value;

        toPartner.Covers(partner, owner, sku, Guid.NewGuid()).ShouldBeTrue();
        toPartner.Covers(Guid.NewGuid(), owner, sku, warehouse).ShouldBeFalse();
        toPartner.Covers(partner, Guid.NewGuid(), sku, warehouse).ShouldBeFalse();
        toAll.Covers(Guid.NewGuid(), owner, Guid.NewGuid(), warehouse).ShouldBeTrue();
        toAll.Covers(Guid.NewGuid(), owner, sku, Guid.NewGuid()).ShouldBeFalse();
        SharingGrant.Create(owner, GrantScope.Sku, sku, owner, Now).IsFailure.ShouldBeTrue();
    }

    private static DateOnly? Parse(string? s) => s is null ? null : DateOnly.Parse(s);
}
