using SharedWarehouse.Modules.Returns.Domain;

namespace SharedWarehouse.UnitTests.Returns;

/// The request's state machine: who may move it from where, and when money is due.
public sealed class AfterSaleRequestTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 4, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Buyer = Guid.NewGuid(), Merchant = Guid.NewGuid(), Admin = Guid.NewGuid();

    private static AfterSaleRequest Open(AfterSaleKind kind, long requested = 5000) => AfterSaleRequest.Open(new AfterSaleRequest.Opening(
        Buyer, Guid.NewGuid(), Guid.NewGuid(), "O1", Guid.NewGuid(), "O1-1", true, kind, AfterSaleReasons.NoReason, null, 10000, 0,
        kind == AfterSaleKind.Exchange ? 0 : requested,
        [new AfterSaleLine.Part(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "白酒", "500ml", 1, 10000, "R-1", false,
            kind == AfterSaleKind.Exchange ? new AfterSaleLine.Replacement(Guid.NewGuid(), "B-1", "750ml") : null)]), Now, TimeSpan.FromHours(48));

    /// What the handler does when ReserveDue: the replacement reserved under a reference.
    private static void Reserved(AfterSaleRequest r) { foreach (var l in r.Lines) l.ReplacementRef = r.Number + "-X1"; }

    [Fact]
    public void An_exchange_reserves_when_agreed_sends_the_replacement_when_the_goods_are_accepted_and_never_refunds()
    {
        var r = Open(AfterSaleKind.Exchange);
        r.Offer(Merchant, 3000, null, Now).Errors.Single().Field.ShouldBe("Amount"); // no partial refund instead of an exchange
        r.Agree(Merchant, Now).IsSuccess.ShouldBeTrue();
        (r.Status, r.ReserveDue, r.RefundDue).ShouldBe((AfterSaleStatus.AwaitingReturn, true, false));
        Reserved(r);
        r.ShipBack(Buyer, "SF", "顺丰速运", "SF1", Now).IsSuccess.ShouldBeTrue();
        r.ReceiveGoods(Merchant, true, null, Now).IsSuccess.ShouldBeTrue();
        (r.Status, r.ExchangeDue, r.RestockDue, r.RefundDue, r.RefundedFen, r.IsOpen).ShouldBe((AfterSaleStatus.Exchanged, true, true, false, 0L, false));
        r.ReleaseDue.ShouldBeEmpty(); // the reservation ships with the replacement order
        r.Steps[^1].Action.ShouldBe(AfterSaleActions.ExchangeSent);
    }

    [Fact]
    public void An_exchange_that_ends_otherwise_gives_its_reservation_back()
    {
        var r = Open(AfterSaleKind.Exchange);
        r.Agree(Merchant, Now).IsSuccess.ShouldBeTrue();
        Reserved(r);
        r.Withdraw(Buyer, Now).IsSuccess.ShouldBeTrue();
        r.ReleaseDue.ShouldBe([r.Number + "-X1"]);
        r.ReplacementReserved.ShouldBeFalse();
    }

    [Fact]
    public void The_platform_keeps_an_exchange_with_no_amount_and_turns_it_into_a_refund_with_one()
    {
        var kept = Open(AfterSaleKind.Exchange);
        kept.Refuse(Merchant, "不支持换货", Now).IsSuccess.ShouldBeTrue();
        kept.Escalate(Buyer, "质量问题", Now).IsSuccess.ShouldBeTrue();
        kept.Decide(Admin, true, 0, "支持换货", Now).IsSuccess.ShouldBeTrue();
        (kept.Kind, kept.Status, kept.ReserveDue).ShouldBe((AfterSaleKind.Exchange, AfterSaleStatus.AwaitingReturn, true));

        var refunded = Open(AfterSaleKind.Exchange);
        refunded.Agree(Merchant, Now).IsSuccess.ShouldBeTrue();
        Reserved(refunded);
        refunded.ShipBack(Buyer, "SF", "顺丰速运", "SF1", Now).IsSuccess.ShouldBeTrue();
        refunded.ReceiveGoods(Merchant, false, "已拆封", Now).IsSuccess.ShouldBeTrue();
        refunded.Escalate(Buyer, "未拆封", Now).IsSuccess.ShouldBeTrue();
        refunded.Decide(Admin, true, 10001, "改为退款", Now).Errors.Single().Field.ShouldBe("Amount");
        refunded.Decide(Admin, true, 8000, "改为退款", Now).IsSuccess.ShouldBeTrue();
        (refunded.Kind, refunded.Status, refunded.RefundedFen, refunded.RefundDue).ShouldBe((AfterSaleKind.ReturnAndRefund, AfterSaleStatus.Refunded, 8000L, true));
        refunded.ReleaseDue.ShouldBe([refunded.Number + "-X1"]);
    }

    [Fact]
    public void Refund_only_agreed_is_refunded_at_once_and_ends()
    {
        var r = Open(AfterSaleKind.RefundOnly);
        r.Agree(Merchant, Now).IsSuccess.ShouldBeTrue();
        (r.Status, r.RefundDue, r.RefundedFen, r.RestockDue).ShouldBe((AfterSaleStatus.Refunded, true, 5000L, false));
        r.Lines.ShouldAllBe(l => !l.IsOpen);
        r.Agree(Merchant, Now).Errors.Single().Code.ShouldBe("conflict");
    }

    [Fact]
    public void A_return_is_refunded_and_restocked_only_when_the_merchant_accepts_the_goods()
    {
        var r = Open(AfterSaleKind.ReturnAndRefund);
        r.Agree(Merchant, Now).IsSuccess.ShouldBeTrue();
        (r.Status, r.RefundDue).ShouldBe((AfterSaleStatus.AwaitingReturn, false));
        r.ReceiveGoods(Merchant, true, null, Now).Errors.Single().Code.ShouldBe("conflict"); // nothing sent yet
        r.ShipBack(Buyer, "SF", "顺丰速运", "SF1", Now).IsSuccess.ShouldBeTrue();
        r.Withdraw(Buyer, Now).Errors.Single().Code.ShouldBe("conflict"); // the goods are on their way
        r.ReceiveGoods(Merchant, true, null, Now).IsSuccess.ShouldBeTrue();
        (r.Status, r.RefundDue, r.RestockDue).ShouldBe((AfterSaleStatus.Refunded, true, true));
    }

    [Fact]
    public void Goods_refused_at_inspection_go_to_the_platform_once_and_its_decision_for_the_buyer_refunds_without_restocking()
    {
        var r = Open(AfterSaleKind.ReturnAndRefund);
        r.Agree(Merchant, Now);
        r.ShipBack(Buyer, "SF", "顺丰速运", "SF1", Now);
        r.ReceiveGoods(Merchant, false, " ", Now).Errors.Single().Field.ShouldBe("Note");
        r.ReceiveGoods(Merchant, false, "瓶身有划痕", Now).IsSuccess.ShouldBeTrue();
        r.Status.ShouldBe(AfterSaleStatus.Refused);
        r.Escalate(Buyer, "寄出时完好", Now).IsSuccess.ShouldBeTrue();
        r.Decide(Admin, true, 10001, "超过上限", Now).Errors.Single().Field.ShouldBe("Amount");
        r.Decide(Admin, true, 4000, "双方各担一部分", Now).IsSuccess.ShouldBeTrue();
        (r.Status, r.RefundedFen, r.RestockDue).ShouldBe((AfterSaleStatus.Refunded, 4000L, false));
        r.Escalate(Buyer, "再申请", Now).Errors.Single().Code.ShouldBe("conflict");
    }

    [Fact]
    public void The_platform_deciding_a_return_for_the_buyer_before_the_goods_came_back_waits_for_them_and_the_merchant_must_accept()
    {
        var r = Open(AfterSaleKind.ReturnAndRefund);
        r.Refuse(Merchant, "不支持", Now).IsSuccess.ShouldBeTrue();
        r.Escalate(Buyer, "七天无理由", Now).IsSuccess.ShouldBeTrue();
        r.Decide(Admin, true, 5000, "支持退货", Now).IsSuccess.ShouldBeTrue();
        r.Status.ShouldBe(AfterSaleStatus.AwaitingReturn);
        r.ShipBack(Buyer, "SF", "顺丰速运", "SF1", Now);
        r.ReceiveGoods(Merchant, false, "不想退", Now).Errors.Single().Code.ShouldBe("conflict");
        r.ReceiveGoods(Merchant, true, null, Now).IsSuccess.ShouldBeTrue();
        r.Status.ShouldBe(AfterSaleStatus.Refunded);
    }

    [Fact]
    public void The_system_agrees_only_after_the_deadline_and_says_so_in_the_history()
    {
        var r = Open(AfterSaleKind.RefundOnly);
        r.Agree(null, Now.AddHours(47)).Errors.Single().Code.ShouldBe("conflict");
        r.Agree(null, Now.AddHours(48)).IsSuccess.ShouldBeTrue();
        r.Steps.Select(s => (s.Party, s.Action)).ShouldContain((AfterSaleParty.System, AfterSaleActions.AutoAgreed));
    }

    [Fact]
    public void An_offer_must_be_below_what_was_asked_and_accepting_it_refunds_that()
    {
        var r = Open(AfterSaleKind.RefundOnly);
        r.Offer(Merchant, 5000, null, Now).Errors.Single().Field.ShouldBe("Amount");
        r.Offer(Merchant, 0, null, Now).Errors.Single().Field.ShouldBe("Amount");
        r.Offer(Merchant, 2000, "补偿", Now).IsSuccess.ShouldBeTrue();
        r.Agree(Merchant, Now).Errors.Single().Code.ShouldBe("conflict");
        r.AcceptOffer(Buyer, Now).IsSuccess.ShouldBeTrue();
        (r.Status, r.RefundedFen).ShouldBe((AfterSaleStatus.Refunded, 2000L));

        // On a return too: a partial refund for keeping the goods, refunded at once, nothing sent back or restocked.
        var kept = Open(AfterSaleKind.ReturnAndRefund);
        kept.Offer(Merchant, 1000, "外盒压痕", Now).IsSuccess.ShouldBeTrue();
        kept.AcceptOffer(Buyer, Now).IsSuccess.ShouldBeTrue();
        (kept.Status, kept.RefundDue, kept.RestockDue).ShouldBe((AfterSaleStatus.Refunded, true, false));
    }

    [Fact]
    public void A_refusal_left_alone_closes_after_the_buyers_turn_and_a_decision_for_the_merchant_closes_at_once()
    {
        var r = Open(AfterSaleKind.RefundOnly);
        r.Refuse(Merchant, "不支持", Now);
        r.TimeOut(Now.AddDays(6), TimeSpan.FromDays(7)).Errors.Single().Code.ShouldBe("conflict");
        r.TimeOut(Now.AddDays(7), TimeSpan.FromDays(7)).IsSuccess.ShouldBeTrue();
        r.Status.ShouldBe(AfterSaleStatus.Closed);

        var s = Open(AfterSaleKind.RefundOnly);
        s.Refuse(Merchant, "不支持", Now);
        s.Escalate(Buyer, "不同意", Now);
        s.Decide(Admin, false, 0, "商品已使用", Now).IsSuccess.ShouldBeTrue();
        (s.Status, s.RefundDue).ShouldBe((AfterSaleStatus.Closed, false));
    }
}
