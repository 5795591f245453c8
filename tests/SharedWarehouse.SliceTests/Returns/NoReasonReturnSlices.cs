using Microsoft.EntityFrameworkCore;
using SharedWarehouse.Modules.Catalog.Features.Setup;
using SharedWarehouse.Modules.Returns.Data;
using SharedWarehouse.Modules.Returns.Domain;
using SharedWarehouse.Modules.Returns.Features.Queries;
using SharedWarehouse.Modules.Returns.Features.Requests;
using SharedWarehouse.SliceTests.Infrastructure;

namespace SharedWarehouse.SliceTests.Returns;

/// 七天无理由 per category: set by the admin in Catalog, asked by Returns through IReturnPolicies, on a real order.
public abstract class NoReasonReturnSlices(AppFixture app)
{
    private static Dictionary<Guid, int> Units(Guid line) => new() { [line] = 1 };

    [Fact]
    public async Task A_category_refusing_no_reason_returns_binds_its_children_faults_still_open_and_inherit_allows_them_again()
    {
        var root = await app.SendAsync(new CreateCategory("鲜花" + Guid.NewGuid().ToString("N")[..6], null, 90));
        var child = await app.SendAsync(new CreateCategory("玫瑰", root.Value, 1));
        child.Errors.ShouldBeEmpty();
        (await app.SendAsync(new SetCategoryNoReasonReturns(root.Value, NoReasonReturnChoices.Refused))).Errors.ShouldBeEmpty();
        var r = await app.ReceivedOrderAsync(categoryId: child.Value);

        // The buyer's form says so before anything is submitted, and a submitted no-reason request is refused by name.
        var form = (await app.SendAsync(new GetAfterSaleForm(r.Buyer, r.SubOrderId)))!;
        form.SubOrder.Lines.ShouldAllBe(l => form.WithoutNoReason.Contains(l.ProductId));
        var refused = await app.SendAsync(new OpenAfterSale(r.Buyer, r.SubOrderId, AfterSaleKind.ReturnAndRefund, AfterSaleReasons.NoReason, null, Units(r.LineA), null));
        var error = refused.Errors.Single();
        (error.Field, error.Message, error.Args.Single()).ShouldBe(("Reason", "{0} 不支持七天无理由退货，请选择其他原因", (object)"酱香型白酒"));
        (await app.QueryAsync<ReturnsDbContext, int>(db => db.Requests.CountAsync(x => x.SubOrderId == r.SubOrderId))).ShouldBe(0);

        (await app.SendAsync(new OpenAfterSale(r.Buyer, r.SubOrderId, AfterSaleKind.ReturnAndRefund, "质量问题", "瓶口漏酒", Units(r.LineA), null)))
            .Errors.ShouldBeEmpty();

        // A value not in the list changes nothing; back to 继承上级, the root's unset value allows them again.
        (await app.SendAsync(new SetCategoryNoReasonReturns(child.Value, "sometimes"))).Errors.Single().Field.ShouldBe("NoReasonReturns");
        (await app.SendAsync(new SetCategoryNoReasonReturns(root.Value, NoReasonReturnChoices.Inherit))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new GetAfterSaleForm(r.Buyer, r.SubOrderId)))!.WithoutNoReason.ShouldBeEmpty();
        (await app.SendAsync(new OpenAfterSale(r.Buyer, r.SubOrderId, AfterSaleKind.ReturnAndRefund, AfterSaleReasons.NoReason, null, Units(r.LineB), null)))
            .Errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_child_allowing_no_reason_returns_overrides_its_refusing_parent()
    {
        var root = await app.SendAsync(new CreateCategory("生鲜" + Guid.NewGuid().ToString("N")[..6], null, 91));
        var child = await app.SendAsync(new CreateCategory("水果", root.Value, 1));
        (await app.SendAsync(new SetCategoryNoReasonReturns(root.Value, NoReasonReturnChoices.Refused))).Errors.ShouldBeEmpty();
        (await app.SendAsync(new SetCategoryNoReasonReturns(child.Value, NoReasonReturnChoices.Allowed))).Errors.ShouldBeEmpty();
        var r = await app.ReceivedOrderAsync(categoryId: child.Value);

        (await app.SendAsync(new OpenAfterSale(r.Buyer, r.SubOrderId, AfterSaleKind.RefundOnly, AfterSaleReasons.NoReason, null, Units(r.LineB), null)))
            .Errors.ShouldBeEmpty();
    }
}

public sealed class NoReasonReturnSlicesOnSqlite(SqliteApp app) : NoReasonReturnSlices(app), IClassFixture<SqliteApp>;

public sealed class NoReasonReturnSlicesOnPostgreSql(PostgreSqlApp app) : NoReasonReturnSlices(app), IClassFixture<PostgreSqlApp>;
