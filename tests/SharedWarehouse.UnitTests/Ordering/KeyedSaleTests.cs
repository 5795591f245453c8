using SharedWarehouse.SharedKernel;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.Modules.Ordering.Web;

namespace SharedWarehouse.UnitTests.Ordering;

/// The money rules of a merchant-keyed (offline) order.
public sealed class KeyedSaleTests
{
    private static readonly Guid Shop = Guid.NewGuid();
    private static Order.KeyedRow Row(int row, long priceFen, int quantity, Guid? shop = null) =>
        new(row, new Order.Line(shop ?? Shop, Guid.NewGuid(), Guid.NewGuid(), $"C-{row}", "酱香酒", "500ml", priceFen, quantity));

    private static Result<Order> KeyIn(IReadOnlyList<Order.KeyedRow> rows, long shipping = 0, long discount = 0, PayBy payBy = PayBy.PaidOffline,
        OfflinePayment? method = OfflinePayment.Cash, string? reference = null) =>
        Order.KeyIn(Shop, Guid.NewGuid(), Guid.NewGuid(), DeliveryMethod.SelfPickup, new ShipTo("王五", "13812345678", "", ""), Invoice.None, null,
            rows, shipping, discount, payBy, method, reference, new DateTime(2026, 11, 23, 8, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void The_total_is_the_lines_at_negotiated_prices_plus_shipping_minus_discount_in_fen()
    {
        var order = KeyIn([Row(0, 12800, 2), Row(3, 999, 3)], shipping: 1500, discount: 2997).Value;
        var sub = order.SubOrders.Single();
        (sub.LinesFen, sub.ShippingFen, sub.DiscountFen, order.TotalFen).ShouldBe((28597L, 1500L, 2997L, 27100L));
        (order.Source, order.BuyerId, order.Status).ShouldBe((OrderSource.MerchantKeyed, Order.NoBuyer, OrderStatus.Placing));
        KeyedSale.TotalFen([new(0, 12800, 2), new(3, 999, 3)], 1500, 2997).ShouldBe(27100);
    }

    [Fact]
    public void A_free_line_and_a_discount_of_the_whole_goods_total_are_allowed()
    {
        KeyIn([Row(0, 0, 1), Row(1, 500, 2)], discount: 1000).Value.TotalFen.ShouldBe(0);
    }

    [Fact]
    public void Negative_prices_bad_quantities_and_a_discount_above_the_goods_are_refused_next_to_their_fields()
    {
        KeyIn([Row(0, -1, 1), Row(2, 100, 0)]).Errors.Select(e => e.Field).ShouldBe(["Lines[0].UnitPrice", "Lines[2].Quantity"]);
        KeyIn([Row(0, 100, KeyedSale.MaxQuantity + 1)]).Errors.Single().Field.ShouldBe("Lines[0].Quantity");
        KeyIn([Row(0, 100, 2)], discount: 201).Errors.Single().Field.ShouldBe("Discount");
        KeyIn([Row(0, 100, 2)], discount: -1).Errors.Single().Field.ShouldBe("Discount");
        KeyIn([Row(0, 100, 2)], shipping: -1).Errors.Single().Field.ShouldBe("ShippingFee");
        KeyIn([]).Errors.Single().Field.ShouldBe("Lines");
    }

    [Fact]
    public void Goods_of_another_shop_and_online_payment_are_refused_and_a_transfer_needs_its_reference()
    {
        KeyIn([Row(0, 100, 1, Guid.NewGuid())]).Errors.Single().Field.ShouldBe("Lines");
        KeyIn([Row(0, 100, 1)], payBy: PayBy.Online).Errors.Single().Field.ShouldBe("PayBy");
        KeyIn([Row(0, 100, 1)], method: OfflinePayment.Transfer).Errors.Single().Field.ShouldBe("PaymentReference");
        KeyIn([Row(0, 100, 1)], method: null).Errors.Single().Field.ShouldBe("PaidBy");
    }

    [Fact]
    public void Paid_offline_goes_straight_to_ship_by_the_merchant_and_cash_on_delivery_too_but_unpaid()
    {
        var now = new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
        var paid = KeyIn([Row(0, 100, 1)], method: OfflinePayment.Transfer, reference: " TX1 ").Value;
        paid.Placed(now).IsSuccess.ShouldBeTrue();
        (paid.Status, paid.PaidUtc, paid.PaymentReference).ShouldBe((OrderStatus.ToShip, now, "TX1"));
        paid.Transitions.Single().ByUserId.ShouldBe(paid.KeyedByUserId);

        var cod = KeyIn([Row(0, 100, 1)], payBy: PayBy.CashOnDelivery, method: null).Value;
        cod.Placed(now).IsSuccess.ShouldBeTrue();
        (cod.Status, cod.PaidUtc, cod.OfflinePayment).ShouldBe((OrderStatus.ToShip, (DateTime?)null, (OfflinePayment?)null));
    }

    [Theory]
    [InlineData("12.5", 1250L)]
    [InlineData(" 0 ", 0L)]
    [InlineData("", 0L)]
    [InlineData("-3", -300L)]
    [InlineData("1.234", -1L)]
    [InlineData("abc", -1L)]
    [InlineData("1,000", -1L)]
    public void Typed_yuan_become_fen_and_unreadable_amounts_become_minus_one(string typed, long fen) =>
        OfflineOrderInput.Fen(typed).ShouldBe(fen);
}
