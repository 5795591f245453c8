using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.Modules.Wallet.Contracts;
using SharedWarehouse.SharedKernel;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

[Collection(WebCollection.Name)]
public sealed class WalletWebTests(SharedWarehouseFactory factory)
{
    private Task<(Visitor Merchant, Guid ShopId)> MerchantAsync() => factory.ShopOwnerAsync("钱包测试店", "/merchant/wallet");

    [Fact]
    public async Task A_bad_recharge_amount_is_shown_next_to_the_field_with_the_value_kept_and_a_good_one_goes_to_the_pay_page()
    {
        var (merchant, _) = await MerchantAsync();

        var bad = await merchant.SubmitAsync("/merchant/wallet", "/merchant/wallet/recharge", [F("Amount", "12.345")]);
        bad.Status.ShouldBe(HttpStatusCode.OK, bad.ToString());
        bad.FieldError("Amount").ShouldBe("请填写正确的充值金额（元，最多两位小数）");
        bad.InputValue("Amount").ShouldBe("12.345");
        var small = await merchant.PostAsync("/merchant/wallet/recharge", [F("Amount", "0.50")], bad.Token("/merchant/wallet/recharge"));
        small.FieldError("Amount").ShouldBe("充值金额至少 ¥1.00");
        var big = await merchant.PostAsync("/merchant/wallet/recharge", [F("Amount", "1000000.01")], small.Token("/merchant/wallet/recharge"));
        big.FieldError("Amount").ShouldBe("单次充值不能超过 ¥1,000,000.00");
        (await merchant.GetAsync("/merchant/wallet")).TestId("recharges")!.ShouldContain("暂无充值");

        var good = await merchant.PostAsync("/merchant/wallet/recharge", [F("Amount", "200")], big.Token("/merchant/wallet/recharge"));
        good.Status.ShouldBe(HttpStatusCode.Redirect, good.ToString());
        var pay = await merchant.FollowAsync(good);
        pay.Status.ShouldBe(HttpStatusCode.OK, pay.ToString());
        pay.Html.ShouldContain("200.00");
        var wallet = await merchant.GetAsync("/merchant/wallet");
        wallet.TestId("recharges")!.ShouldContain("待支付");
        wallet.TestId("balance").ShouldBe("¥0.00");
    }

    [Fact]
    public async Task An_admin_adjustment_needs_a_reason_and_merchant_B_cannot_read_A_s_ledger_entries()
    {
        var (a, shopA) = await MerchantAsync();
        var (b, shopB) = await MerchantAsync();
        var admin = await factory.AdminAsync();
        var page = $"/admin/wallets/{shopA}";
        var form = await admin.GetAsync(page);
        form.Status.ShouldBe(HttpStatusCode.OK, form.ToString());
        var requestId = form.Document.QuerySelector("input[name='RequestId']")!.GetAttribute("value")!;

        var noReason = await admin.PostAsync($"{page}/adjust", [F("Amount", "88"), F("Reason", ""), F("RequestId", requestId)], form.Token($"{page}/adjust"));
        noReason.Status.ShouldBe(HttpStatusCode.OK, noReason.ToString());
        noReason.FieldError("Reason").ShouldBe("请填写调整原因");
        noReason.InputValue("Amount").ShouldBe("88");
        noReason.TestId("balance").ShouldBe("¥0.00");
        var overdraw = await admin.PostAsync($"{page}/adjust", [F("Amount", "-1"), F("Reason", "扣回"), F("RequestId", requestId)], noReason.Token($"{page}/adjust"));
        overdraw.FieldError("Amount")!.ShouldStartWith("钱包可用余额不足");
        overdraw.InputValue("Reason").ShouldBe("扣回");

        var done = await admin.PostAsync($"{page}/adjust", [F("Amount", "88"), F("Reason", "线下转账"), F("RequestId", requestId)], overdraw.Token($"{page}/adjust"));
        done.Status.ShouldBe(HttpStatusCode.Redirect, done.ToString());
        var replay = await admin.PostAsync($"{page}/adjust", [F("Amount", "88"), F("Reason", "线下转账"), F("RequestId", requestId)], overdraw.Token($"{page}/adjust"));
        replay.Status.ShouldBe(HttpStatusCode.Redirect, "a replayed form changes nothing more");
        (await admin.GetAsync(page)).TestId("balance").ShouldBe("¥88.00");
        (await admin.GetAsync("/admin/wallets")).Text($"[data-shop='{shopA}']")!.ShouldContain("88.00");

        var walletA = await a.GetAsync("/merchant/wallet");
        walletA.TestId("available").ShouldBe("¥88.00");
        var entry = walletA.Document.QuerySelector("[data-testid='ledger'] tbody tr[data-id]")!.GetAttribute("data-id")!;
        (await a.GetAsync($"/merchant/wallet/entries/{entry}")).TestId("amount").ShouldBe("¥88.00");
        (await a.GetAsync("/merchant/wallet?kind=Adjustment")).TestId("total").ShouldBe("共 1 条");
        (await a.GetAsync("/merchant/wallet?kind=Hold")).TestId("total").ShouldBe("共 0 条");

        (await b.GetAsync($"/merchant/wallet/entries/{entry}")).Status.ShouldBe(HttpStatusCode.NotFound);
        var walletB = await b.GetAsync("/merchant/wallet");
        walletB.TestId("total").ShouldBe("共 0 条");
        walletB.TestId("balance").ShouldBe("¥0.00");
        // A merchant is not in the admin console, with or without a token.
        var token = walletB.Token("/merchant/wallet/recharge");
        Refused(await b.GetAsync(page));
        Refused(await b.PostAsync($"{page}/adjust", [F("Amount", "1000"), F("Reason", "自己加钱"), F("RequestId", Guid.NewGuid().ToString())], token));
        (await admin.GetAsync($"/admin/wallets/{shopB}")).TestId("balance").ShouldBe("¥0.00");
        (await admin.GetAsync(page)).TestId("balance").ShouldBe("¥88.00");
    }

    [Fact]
    public async Task A_hold_short_of_funds_is_listed_as_awaiting_until_a_top_up_lets_it_through()
    {
        var (merchant, shop) = await MerchantAsync();
        var document = new WalletDocument("dropship-order", "DS" + Guid.NewGuid().ToString("N")[..8]);
        async Task<Result> HoldAsync()
        {
            using var scope = factory.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<IWallet>().HoldAsync(shop, 12_345, document, "代发订单", CancellationToken.None);
        }

        (await HoldAsync()).Errors.Single().Code.ShouldBe(WalletErrors.InsufficientFunds);
        var waiting = await merchant.GetAsync("/merchant/wallet");
        waiting.TestId("awaiting")!.ShouldContain(document.Id);
        waiting.TestId("awaiting")!.ShouldContain("123.45");

        var admin = await factory.AdminAsync();
        var page = $"/admin/wallets/{shop}";
        var form = await admin.GetAsync(page);
        var requestId = form.Document.QuerySelector("input[name='RequestId']")!.GetAttribute("value")!;
        (await admin.PostAsync($"{page}/adjust", [F("Amount", "200"), F("Reason", "线下转账"), F("RequestId", requestId)], form.Token($"{page}/adjust")))
            .Status.ShouldBe(HttpStatusCode.Redirect);
        (await HoldAsync()).Errors.ShouldBeEmpty();

        var wallet = await merchant.GetAsync("/merchant/wallet");
        wallet.TestId("awaiting").ShouldBeNull();
        (wallet.TestId("balance"), wallet.TestId("held"), wallet.TestId("available")).ShouldBe(("¥200.00", "¥123.45", "¥76.55"));
    }

    private static void Refused(Page page)
    {
        if (page.Status == HttpStatusCode.Forbidden) return;
        page.Status.ShouldBe(HttpStatusCode.Redirect, page.ToString());
        page.Location.ShouldStartWith("/account/denied");
    }
}
