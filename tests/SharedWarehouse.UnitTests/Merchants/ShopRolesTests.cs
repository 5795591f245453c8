using SharedWarehouse.BuildingBlocks.Web;

namespace SharedWarehouse.UnitTests.Merchants;

public sealed class ShopRolesTests
{
    private static IReadOnlySet<string> Of(string role) => ShopRoles.Find(role)!.Permissions;

    [Fact]
    public void The_manager_may_do_everything_but_money_out_and_the_team()
    {
        Of(ShopRoles.Manager).ShouldBe(ShopPermissions.All.Except([ShopPermissions.Wallet, ShopPermissions.Settlements, ShopPermissions.Team]),
            ignoreOrder: true);
        Of(ShopRoles.Manager).ShouldContain(ShopPermissions.Invoices);
        Of(ShopRoles.Manager).ShouldContain(ShopPermissions.Reports);
    }

    [Fact]
    public void Customer_service_sees_orders_and_answers_buyers_but_cannot_ship()
    {
        Of(ShopRoles.CustomerService).ShouldBe(
            [ShopPermissions.OrdersView, ShopPermissions.AfterSales, ShopPermissions.Reviews, ShopPermissions.Messages], ignoreOrder: true);
    }

    [Fact]
    public void The_warehouse_clerk_handles_goods_and_shipping_but_not_the_wallet()
    {
        // Reading orders comes with shipping them: a clerk cannot ship what the desk does not show.
        Of(ShopRoles.Warehouse).ShouldBe([ShopPermissions.Stock, ShopPermissions.Warehouse, ShopPermissions.Receipts,
            ShopPermissions.Stocktakes, ShopPermissions.OrdersView, ShopPermissions.OrdersShip, ShopPermissions.Dropship], ignoreOrder: true);
        Of(ShopRoles.Warehouse).ShouldNotContain(ShopPermissions.Wallet);
    }

    [Fact]
    public void Finance_and_operations_have_their_own_areas()
    {
        Of(ShopRoles.Finance).ShouldBe([ShopPermissions.Wallet, ShopPermissions.Settlements, ShopPermissions.Invoices, ShopPermissions.Reports],
            ignoreOrder: true);
        Of(ShopRoles.Operations).ShouldBe([ShopPermissions.Products, ShopPermissions.Decoration, ShopPermissions.Promotions], ignoreOrder: true);
    }

    [Fact]
    public void No_built_in_role_manages_the_team_so_only_the_owner_does()
    {
        ShopRoles.All.ShouldAllBe(r => !r.Permissions.Contains(ShopPermissions.Team));
        ShopPermissions.All.ShouldContain(ShopPermissions.Team);
    }

    [Fact]
    public void Every_role_grants_only_known_permissions_and_has_a_unique_key()
    {
        ShopRoles.All.SelectMany(r => r.Permissions).ShouldAllBe(p => ShopPermissions.All.Contains(p));
        ShopRoles.All.Select(r => r.Key).ShouldBeUnique();
        ShopRoles.All.Select(r => r.Name).ShouldBe(["店长", "客服", "仓管", "财务", "运营"]);
    }

    [Fact]
    public void Several_roles_grant_the_union_and_unknown_keys_grant_nothing()
    {
        ShopRoles.PermissionsOf([ShopRoles.CustomerService, ShopRoles.Warehouse, "retired-role"])
            .ShouldBe(Of(ShopRoles.CustomerService).Union(Of(ShopRoles.Warehouse)), ignoreOrder: true);
        ShopRoles.PermissionsOf([]).ShouldBeEmpty();
        ShopRoles.Exists("retired-role").ShouldBeFalse();
    }
}
