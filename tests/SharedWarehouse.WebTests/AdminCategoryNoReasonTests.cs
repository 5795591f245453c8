using System.Net;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

/// The admin's 七天无理由 setting per category on /admin/catalog/categories.
[Collection(WebCollection.Name)]
public sealed class AdminCategoryNoReasonTests(SharedWarehouseFactory factory)
{
    private const string Categories = "/admin/catalog/categories";

    [Fact]
    public async Task The_admin_refuses_no_reason_returns_for_a_category_its_child_inherits_it_and_a_value_not_offered_is_refused_next_to_the_field()
    {
        var admin = await factory.AdminAsync();
        var page = await admin.GetAsync(Categories);
        var name = "鲜花" + Guid.NewGuid().ToString("N")[..4];
        var root = await admin.FollowAsync(await admin.PostAsync(Categories, [F("Name", name), F("ParentId", ""), F("SortOrder", "95")], page.Token(Categories)));
        var rootId = Id(root, name);
        var child = await admin.FollowAsync(await admin.PostAsync(Categories, [F("Name", "玫瑰"), F("ParentId", rootId), F("SortOrder", "1")], root.Token(Categories)));
        var childId = child.Document.QuerySelectorAll("#ParentId option").Single(o => o.GetAttribute("value") == rootId).NextElementSibling!.GetAttribute("value")!;
        Setting(child, rootId).ShouldBe("平台默认 （当前：支持七天无理由）"); // a top-level category falls back to the platform's default
        Setting(child, childId).ShouldBe("继承上级 （当前：支持七天无理由）");

        var action = $"{Categories}/{rootId}/no-reason-returns";
        (await admin.PostAsync(action, [F("NoReasonReturns", "refused")], token: null)).Status.ShouldBe(HttpStatusCode.BadRequest);
        var saved = await admin.PostAsync(action, [F("NoReasonReturns", "refused")], child.Token(action));
        saved.Status.ShouldBe(HttpStatusCode.Redirect, saved.ToString());
        var after = await admin.FollowAsync(saved);
        Setting(after, rootId).ShouldBe("不支持七天无理由");
        Setting(after, childId).ShouldBe("继承上级 （当前：不支持七天无理由）");
        after.Document.QuerySelector($"#nr-{rootId} option[selected]")!.GetAttribute("value").ShouldBe("refused");

        var bad = await admin.PostAsync(action, [F("NoReasonReturns", "sometimes")], after.Token(action));
        bad.Status.ShouldBe(HttpStatusCode.OK, bad.ToString());
        bad.FieldError("NoReasonReturns").ShouldBe("请选择七天无理由退货设置");
        bad.Document.QuerySelector($"#nr-{rootId}")!.GetAttribute("aria-invalid").ShouldBe("true");
        Setting(await admin.GetAsync(Categories), rootId).ShouldBe("不支持七天无理由");
    }

    private static string Id(Page page, string name) =>
        page.Document.QuerySelectorAll("#ParentId option").Single(o => o.TextContent.Trim() == name).GetAttribute("value")!;

    private static string Setting(Page page, string id) =>
        string.Join(' ', (page.Document.QuerySelector($"li[data-id='{id}'] [data-testid='no-reason']")?.TextContent ?? "")
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
