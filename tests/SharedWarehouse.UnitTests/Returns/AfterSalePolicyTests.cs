using SharedWarehouse.Modules.Ordering.Contracts;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Returns;
using SharedWarehouse.Modules.Returns.Domain;

namespace SharedWarehouse.UnitTests.Returns;

/// The money rules of opening a request: what was paid per unit, shipping only for the whole sub-order, what is left
/// after earlier refunds, the periods.
public sealed class AfterSalePolicyTests
{
    private static readonly DateTime Received = new(2026, 12, 1, 4, 0, 0, DateTimeKind.Utc);
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), ProductA = Guid.NewGuid();

    /// 3 × A paid 300.00 in all and 1 × B paid 99.99, shipping 10.00, received.
    private static SubOrderForAfterSale Sub(long shipping = 1000, PaidBy paidBy = PaidBy.Online, SubOrderStage stage = SubOrderStage.Received) =>
        new(Guid.NewGuid(), "O1", Guid.NewGuid(), "O1-1", Guid.NewGuid(), Guid.NewGuid(), paidBy, true, stage, Received.AddDays(-2),
            stage == SubOrderStage.Received ? Received : null, shipping, 30000 + 9999 + shipping,
            [
                new(A, ProductA, Guid.NewGuid(), "白酒", "500ml", 3, 3, 30000, "R-1"),
                new(B, Guid.NewGuid(), Guid.NewGuid(), "黄酒", "1L", 1, 1, 9999, "R-2"),
            ]);

    private static AfterSalePolicy.Ask Ask(Dictionary<Guid, int> q, long? amount = null, string reason = AfterSaleReasons.NoReason, string? description = null,
        AfterSaleKind kind = AfterSaleKind.ReturnAndRefund) => new(kind, reason, description, q, amount);

    private static readonly Dictionary<Guid, long> NothingRefunded = [];

    [Fact]
    public void Part_of_a_line_is_refunded_by_its_share_of_what_was_paid_and_the_whole_line_exactly()
    {
        var one = AfterSalePolicy.Check(Sub(), Ask(new() { [A] = 1 }), NothingRefunded, 0, new ReturnsOptions(), Received.AddDays(1));
        one.Value.CapFen.ShouldBe(10000);
        one.Value.RequestedFen.ShouldBe(10000);
        var two = AfterSalePolicy.Check(Sub(), Ask(new() { [A] = 2 }), NothingRefunded, 0, new ReturnsOptions(), Received.AddDays(1));
        two.Value.CapFen.ShouldBe(20000);
        var b = AfterSalePolicy.Check(Sub(), Ask(new() { [B] = 1 }), NothingRefunded, 0, new ReturnsOptions(), Received.AddDays(1));
        b.Value.CapFen.ShouldBe(9999);
    }

    [Fact]
    public void Shipping_comes_back_only_when_every_unit_of_the_sub_order_does()
    {
        var most = AfterSalePolicy.Check(Sub(), Ask(new() { [A] = 3 }), NothingRefunded, 0, new ReturnsOptions(), Received.AddDays(1)).Value;
        (most.CapFen, most.ShippingFen).ShouldBe((30000L, 0L));
        var all = AfterSalePolicy.Check(Sub(), Ask(new() { [A] = 3, [B] = 1 }), NothingRefunded, 0, new ReturnsOptions(), Received.AddDays(1)).Value;
        (all.CapFen, all.ShippingFen).ShouldBe((30000L + 9999 + 1000, 1000L));
    }

    [Fact]
    public void What_was_refunded_before_is_taken_off_and_a_fully_refunded_line_is_refused_next_to_its_quantity()
    {
        var partly = AfterSalePolicy.Check(Sub(), Ask(new() { [B] = 1 }), new Dictionary<Guid, long> { [B] = 5000 }, 0, new ReturnsOptions(), Received.AddDays(1));
        partly.Value.CapFen.ShouldBe(4999);
        var done = AfterSalePolicy.Check(Sub(), Ask(new() { [B] = 1 }), new Dictionary<Guid, long> { [B] = 9999 }, 0, new ReturnsOptions(), Received.AddDays(1));
        done.Errors.Single().Field.ShouldBe($"Quantities[{B}]");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("10001")]
    public void An_amount_outside_zero_to_the_cap_is_refused(string yuanTimes100)
    {
        var r = AfterSalePolicy.Check(Sub(), Ask(new() { [A] = 1 }, long.Parse(yuanTimes100)), NothingRefunded, 0, new ReturnsOptions(), Received.AddDays(1));
        r.Errors.Single().Field.ShouldBe("Amount");
    }

    [Fact]
    public void Bad_quantities_unknown_lines_and_no_units_are_refused()
    {
        var opts = new ReturnsOptions();
        var now = Received.AddDays(1);
        AfterSalePolicy.Check(Sub(), Ask(new() { [A] = 4 }), NothingRefunded, 0, opts, now).Errors.Single().Field.ShouldBe($"Quantities[{A}]");
        AfterSalePolicy.Check(Sub(), Ask(new() { [A] = -1 }), NothingRefunded, 0, opts, now).Errors.Single().Field.ShouldBe($"Quantities[{A}]");
        AfterSalePolicy.Check(Sub(), Ask(new() { [A] = 0 }), NothingRefunded, 0, opts, now).Errors.Single().Message.ShouldBe("请至少选择一件商品");
        AfterSalePolicy.Check(Sub(), Ask(new() { [A] = 1, [Guid.NewGuid()] = 1 }), NothingRefunded, 0, opts, now).IsNotFound.ShouldBeTrue();
        AfterSalePolicy.Check(Sub(), Ask(new() { [A] = 1 }, reason: "随便"), NothingRefunded, 0, opts, now).Errors.Single().Field.ShouldBe("Reason");
        AfterSalePolicy.Check(Sub(), Ask(new() { [A] = 1 }, description: new string('字', 501)), NothingRefunded, 0, opts, now)
            .Errors.Single().Field.ShouldBe("Description");
    }

    [Fact]
    public void No_reason_returns_close_after_seven_days_and_faults_after_fifteen_from_receipt()
    {
        var opts = new ReturnsOptions();
        AfterSalePolicy.Check(Sub(), Ask(new() { [A] = 1 }), NothingRefunded, 0, opts, Received.AddDays(7)).IsSuccess.ShouldBeTrue();
        AfterSalePolicy.Check(Sub(), Ask(new() { [A] = 1 }), NothingRefunded, 0, opts, Received.AddDays(7).AddMinutes(1)).Errors.Single().Field.ShouldBe("Reason");
        AfterSalePolicy.Check(Sub(), Ask(new() { [A] = 1 }, reason: "质量问题", description: "漏酒"), NothingRefunded, 0, opts, Received.AddDays(15))
            .IsSuccess.ShouldBeTrue();
        AfterSalePolicy.Check(Sub(), Ask(new() { [A] = 1 }, reason: "质量问题", description: "漏酒"), NothingRefunded, 0, opts, Received.AddDays(16))
            .Errors.Single().Field.ShouldBe("Reason");
        // Not confirmed yet: the period runs from shipping.
        AfterSalePolicy.Check(Sub(stage: SubOrderStage.Shipped), Ask(new() { [A] = 1 }), NothingRefunded, 0, opts, Received.AddDays(5).AddMinutes(1))
            .Errors.Single().Field.ShouldBe("Reason");
    }

    [Fact]
    public void A_no_reason_return_is_refused_by_the_product_name_when_its_category_does_not_allow_it_and_a_fault_still_opens()
    {
        var opts = new ReturnsOptions();
        var now = Received.AddDays(1);
        IReadOnlySet<Guid> withoutNoReason = new HashSet<Guid> { ProductA };
        foreach (var reason in AfterSaleReasons.All.Where(AfterSaleReasons.IsNoReason))
        {
            var refused = AfterSalePolicy.Check(Sub(), Ask(new() { [A] = 1, [B] = 1 }, reason: reason), NothingRefunded, 0, opts, now, withoutNoReason);
            var error = refused.Errors.Single();
            (error.Field, error.Message, error.Args.Single()).ShouldBe(("Reason", "{0} 不支持七天无理由退货，请选择其他原因", (object)"白酒"));
        }
        // The other line of the same sub-order keeps its right, and a fault on the excluded one is heard as before.
        AfterSalePolicy.Check(Sub(), Ask(new() { [B] = 1 }), NothingRefunded, 0, opts, now, withoutNoReason).IsSuccess.ShouldBeTrue();
        AfterSalePolicy.Check(Sub(), Ask(new() { [A] = 1 }, reason: "质量问题", description: "漏酒"), NothingRefunded, 0, opts, Received.AddDays(15), withoutNoReason)
            .IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void Nothing_is_opened_before_shipping_or_on_an_unpaid_order()
    {
        AfterSalePolicy.Check(Sub(stage: SubOrderStage.ToShip), Ask(new() { [A] = 1 }), NothingRefunded, 0, new ReturnsOptions(), Received).Errors.Single().Code.ShouldBe("conflict");
        AfterSalePolicy.Check(Sub(stage: SubOrderStage.NotPaid), Ask(new() { [A] = 1 }), NothingRefunded, 0, new ReturnsOptions(), Received).Errors.Single().Code.ShouldBe("conflict");
    }

    [Theory]
    [InlineData(10000, new long[] { 3333, 3333, 3334 })]
    [InlineData(1, new long[] { 1, 1, 1 })]
    [InlineData(0, new long[] { 100, 200 })]
    [InlineData(299, new long[] { 100, 200 })]
    [InlineData(12345, new long[] { 9999, 2346, 0 })]
    public void A_refund_is_split_over_lines_to_the_fen_and_no_share_passes_its_cap(long amount, long[] caps)
    {
        var shares = AfterSalePolicy.Split(amount, caps);
        shares.Sum().ShouldBe(amount);
        shares.Zip(caps).ShouldAllBe(x => x.First >= 0 && x.First <= x.Second);
    }

    [Fact]
    public void A_sub_order_discount_is_shared_by_line_amount_and_adds_up()
    {
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var paid = SubOrder.Apportion([(a, 10000), (b, 3333), (c, 6667)], 1001);
        paid.Values.Sum().ShouldBe(20000 - 1001);
        paid[a].ShouldBe(10000 - 500);
        paid.Values.ShouldAllBe(v => v >= 0);
    }

    [Fact]
    public void A_consignment_line_is_returned_to_its_supplier_on_its_own()
    {
        var supplier = Guid.NewGuid();
        var sub = Sub() with { Lines = [Sub().Lines[0] with { LineId = A, SupplierShopId = supplier }, Sub().Lines[1] with { LineId = B }] };
        var now = Received.AddDays(1);
        AfterSalePolicy.Check(sub, Ask(new() { [A] = 1 }, kind: AfterSaleKind.RefundOnly), NothingRefunded, 0, new ReturnsOptions(), now)
            .Errors.Single().Field.ShouldBe($"Quantities[{A}]");
        AfterSalePolicy.Check(sub, Ask(new() { [A] = 1, [B] = 1 }), NothingRefunded, 0, new ReturnsOptions(), now).Errors.Single().Message.ShouldContain("分开");
        AfterSalePolicy.Check(sub, Ask(new() { [A] = 1 }), NothingRefunded, 0, new ReturnsOptions(), now).Value.SupplierShopId.ShouldBe(supplier);
        AfterSalePolicy.Check(sub, Ask(new() { [B] = 1 }), NothingRefunded, 0, new ReturnsOptions(), now).Value.SupplierShopId.ShouldBeNull();
    }

    [Fact]
    public void An_exchange_asks_for_no_money_and_sends_the_same_SKU_or_one_of_the_same_product_and_price()
    {
        var sub = Sub();
        var line = sub.Lines[0];
        Modules.Catalog.Contracts.SellableSku Sku(Guid id, Guid product, long price) => new(id, product, sub.ShopId, "C-" + price, "白酒", "规格" + price, price, null);
        var (same, other, dearer, foreign) = (line.SkuId, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var sellable = new Dictionary<Guid, Modules.Catalog.Contracts.SellableSku>
        {
            [same] = Sku(same, line.ProductId, 10000), [other] = Sku(other, line.ProductId, 10000), [dearer] = Sku(dearer, line.ProductId, 12000),
            [foreign] = Sku(foreign, Guid.NewGuid(), 10000),
        };
        AfterSalePolicy.Ask Exchange(Guid? to) => new(AfterSaleKind.Exchange, "质量问题", "裂了", new Dictionary<Guid, int> { [A] = 1 }, 999,
            to is { } t ? new Dictionary<Guid, Guid> { [A] = t } : null);
        var now = Received.AddDays(1);

        var kept = AfterSalePolicy.Check(sub, Exchange(null), NothingRefunded, 0, new ReturnsOptions(), now, sellable: sellable).Value;
        (kept.RequestedFen, kept.CapFen, kept.Lines.Single().Replacement!.SkuId).ShouldBe((0L, 10000L, same));
        AfterSalePolicy.Check(sub, Exchange(other), NothingRefunded, 0, new ReturnsOptions(), now, sellable: sellable).Value.Lines.Single().Replacement!.SpecText.ShouldBe("规格10000");
        foreach (var refused in new[] { dearer, foreign, Guid.NewGuid() })
            AfterSalePolicy.Check(sub, Exchange(refused), NothingRefunded, 0, new ReturnsOptions(), now, sellable: sellable).Errors.Single().Field.ShouldBe($"Replacements[{A}]");
        // Off sale: not even the same SKU can be sent.
        AfterSalePolicy.Check(sub, Exchange(null), NothingRefunded, 0, new ReturnsOptions(), now, sellable: new Dictionary<Guid, Modules.Catalog.Contracts.SellableSku>())
            .Errors.Single().Field.ShouldBe($"Replacements[{A}]");
    }
}
