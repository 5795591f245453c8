using SharedWarehouse.Modules.Catalog.Domain;
using Node = SharedWarehouse.Modules.Catalog.Domain.NoReasonReturnRule.Node;

namespace SharedWarehouse.UnitTests.Catalog;

/// 七天无理由 per category: the nearest setting up the tree wins, and with none anywhere the product keeps today's right.
public sealed class NoReasonReturnRuleTests
{
    private static readonly Guid Root = Guid.NewGuid(), Child = Guid.NewGuid(), Grandchild = Guid.NewGuid();

    private static Dictionary<Guid, Node> Tree(bool? root, bool? child = null, bool? grandchild = null) => new()
    {
        [Root] = new(null, root),
        [Child] = new(Root, child),
        [Grandchild] = new(Child, grandchild),
    };

    [Fact]
    public void A_tree_with_no_setting_allows_no_reason_returns_everywhere()
    {
        var tree = Tree(null);
        new[] { Root, Child, Grandchild }.ShouldAllBe(id => NoReasonReturnRule.Allows(id, tree));
    }

    [Fact]
    public void A_refusing_root_is_inherited_down_to_the_grandchildren()
    {
        var tree = Tree(false);
        new[] { Root, Child, Grandchild }.ShouldAllBe(id => !NoReasonReturnRule.Allows(id, tree));
    }

    [Fact]
    public void The_nearest_own_setting_wins_over_the_ancestors()
    {
        var tree = Tree(false, child: true);
        NoReasonReturnRule.Allows(Root, tree).ShouldBeFalse();
        NoReasonReturnRule.Allows(Child, tree).ShouldBeTrue();
        NoReasonReturnRule.Allows(Grandchild, tree).ShouldBeTrue();
        NoReasonReturnRule.Allows(Grandchild, Tree(true, child: null, grandchild: false)).ShouldBeFalse();
    }

    [Fact]
    public void An_unknown_category_or_a_looping_chain_allows_them()
    {
        NoReasonReturnRule.Allows(Guid.NewGuid(), Tree(false)).ShouldBeTrue();
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        NoReasonReturnRule.Allows(a, new Dictionary<Guid, Node> { [a] = new(b, null), [b] = new(a, null) }).ShouldBeTrue();
    }

    [Fact]
    public void Setting_a_category_back_to_null_makes_it_follow_its_parent_again()
    {
        var category = Category.Create("生鲜", null, 1);
        category.NoReasonReturns.ShouldBeNull();
        category.SetNoReasonReturns(false);
        category.NoReasonReturns.ShouldBe(false);
        category.SetNoReasonReturns(null);
        category.NoReasonReturns.ShouldBeNull();
    }
}
