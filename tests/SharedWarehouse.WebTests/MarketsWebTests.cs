using System.Net;
using System.Text;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

/// A market made through the admin forms: floors 1楼 and 2楼, stalls A01 (with a contact) and A02 on 1楼, B01 on 2楼.
public sealed record WebMarket(string Url, string Name, string Floor1, string Floor2, string A01, string A02, string B01);

internal static class MarketsWeb
{
    public const string Guangzhou = "440104"; // 广东省 广州市 越秀区

    public static async Task<WebMarket> MarketAsync(Visitor admin)
    {
        var name = "网测市场" + Guid.NewGuid().ToString("N")[..8];
        var created = await admin.SubmitAsync("/admin/markets/new", "/admin/markets/new",
            [F("Name", name), F("RegionCode", Guangzhou), F("Address", "人民南路 1 号"), F("Note", "")]);
        created.Status.ShouldBe(HttpStatusCode.Redirect, created.ToString());
        var url = created.Location!;
        foreach (var (floor, order) in new[] { ("1楼", "1"), ("2楼", "2") })
            (await admin.SubmitAsync(url, $"{url}/floors", [F("Floor.Name", floor), F("Floor.DisplayOrder", order)])).Status.ShouldBe(HttpStatusCode.Redirect);
        var page = await admin.GetAsync(url);
        string Floor(string floorName) => page.Document.QuerySelectorAll("[data-testid='floors'] tbody tr")
            .Single(r => r.QuerySelector("[data-testid='floor-name']")?.TextContent == floorName).GetAttribute("data-id")!;
        var (floor1, floor2) = (Floor("1楼"), Floor("2楼"));
        foreach (var (floor, number, contact, phone) in new[] { (floor1, "A01", "王姐", "13800001111"), (floor1, "A02", "", ""), (floor2, "B01", "", "") })
            (await admin.SubmitAsync(url, $"{url}/stalls",
                [F("Stall.FloorId", floor), F("Stall.Number", number), F("Stall.ContactName", contact), F("Stall.ContactPhone", phone)])).Status.ShouldBe(HttpStatusCode.Redirect);
        page = await admin.GetAsync(url);
        string Stall(string number) => page.Document.QuerySelector($"tr[data-number='{number}']")!.GetAttribute("data-id")!;
        return new WebMarket(url, name, floor1, floor2, Stall("A01"), Stall("A02"), Stall("B01"));
    }

    /// The stall code form's fields: row 0 the primary stall, then alternates; rows not given are posted empty.
    public static List<KeyValuePair<string, string>> CodeFields(string code, params (string Stall, string Style)[] rows)
    {
        var fields = new List<KeyValuePair<string, string>> { F("Code", code) };
        for (var i = 0; i < 5; i++)
        {
            fields.Add(F($"Options[{i}].StallId", i < rows.Length ? rows[i].Stall : ""));
            fields.Add(F($"Options[{i}].StyleNumber", i < rows.Length ? rows[i].Style : ""));
        }
        return fields;
    }

    public static async Task<string> CodeIdAsync(Visitor merchant, string code) =>
        (await merchant.GetAsync($"/merchant/stall-codes?q={Uri.EscapeDataString(code)}")).Document
            .QuerySelector($"tr[data-code='{code}']")!.GetAttribute("data-id")!;
}

[Collection(WebCollection.Name)]
public sealed class MarketsAdminWebTests(SharedWarehouseFactory factory)
{
    [Fact]
    public async Task A_bad_market_shows_each_message_next_to_its_field_with_the_values_kept_and_saves_nothing()
    {
        var admin = await factory.AdminAsync();
        var address = "坏地址" + Guid.NewGuid().ToString("N")[..6];

        var bad = await admin.SubmitAsync("/admin/markets/new", "/admin/markets/new", [F("Name", ""), F("RegionCode", ""), F("Address", address), F("Note", "早市")]);

        bad.Status.ShouldBe(HttpStatusCode.OK, bad.ToString());
        bad.FieldError("Name").ShouldBe("请填写市场名称");
        bad.FieldError("RegionCode").ShouldBe("请选择市场所在省、市、区");
        bad.InputValue("Address").ShouldBe(address);
        bad.Text("#Note").ShouldBe("早市");
        (await admin.GetAsync($"/admin/markets?q={address}")).TestId("total").ShouldBe("共 0 个");
    }

    [Fact]
    public async Task An_admin_builds_a_market_and_bad_floor_or_stall_input_is_shown_by_its_field_with_nothing_saved()
    {
        var admin = await factory.AdminAsync();
        var m = await MarketsWeb.MarketAsync(admin);

        var badFloor = await admin.SubmitAsync(m.Url, $"{m.Url}/floors", [F("Floor.Name", "3楼"), F("Floor.DisplayOrder", "三")]);
        badFloor.Status.ShouldBe(HttpStatusCode.OK, badFloor.ToString());
        badFloor.FieldError("Floor.DisplayOrder").ShouldBe("排序号应为 -99 到 999 之间的整数");
        badFloor.InputValue("Floor.Name").ShouldBe("3楼");
        var sameFloor = await admin.SubmitAsync(m.Url, $"{m.Url}/floors", [F("Floor.Name", " 1楼 "), F("Floor.DisplayOrder", "9")]);
        sameFloor.FieldError("Floor.Name").ShouldBe("该市场已有同名楼层");

        var badStall = await admin.SubmitAsync(m.Url, $"{m.Url}/stalls",
            [F("Stall.FloorId", m.Floor1), F("Stall.Number", "C09"), F("Stall.ContactName", "赵"), F("Stall.ContactPhone", "12345")]);
        badStall.FieldError("Stall.ContactPhone").ShouldBe("请填写 11 位手机号，或留空");
        badStall.InputValue("Stall.Number").ShouldBe("C09");
        var sameStall = await admin.SubmitAsync(m.Url, $"{m.Url}/stalls", [F("Stall.FloorId", m.Floor1), F("Stall.Number", "a01"), F("Stall.ContactName", ""), F("Stall.ContactPhone", "")]);
        sameStall.FieldError("Stall.Number").ShouldBe("该楼层已有此档口号");

        var page = await admin.GetAsync(m.Url);
        page.Document.QuerySelectorAll("[data-testid='floor-name']").Select(e => e.TextContent).ShouldBe(["1楼", "2楼"]);
        page.Document.QuerySelectorAll("tr[data-number]").Select(e => e.GetAttribute("data-number")).ShouldBe(["A01", "A02", "B01"]);
        (await admin.GetAsync($"/admin/markets?q={m.Name}")).Text("[data-testid='markets'] tbody tr td:nth-child(5)").ShouldBe("3 / 3");
    }

    [Fact]
    public async Task A_stall_is_closed_reopened_and_edited_only_within_its_market()
    {
        var admin = await factory.AdminAsync();
        var m = await MarketsWeb.MarketAsync(admin);
        var other = await MarketsWeb.MarketAsync(admin);

        var page = await admin.GetAsync(m.Url);
        (await admin.PostAsync($"{m.Url}/stalls/{m.A01}/close", [], page.Token($"{m.Url}/stalls/{m.A01}/close"))).Status.ShouldBe(HttpStatusCode.Redirect);
        page = await admin.GetAsync(m.Url);
        page.Text($"tr[data-number='A01'] [data-testid='stall-state']").ShouldBe("已关闭");

        (await admin.GetAsync($"{other.Url}/stalls/{m.A01}/edit")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostAsync($"{other.Url}/stalls/{m.A01}/reopen", [], page.Token($"{m.Url}/stalls/{m.A01}/reopen"))).Status.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostAsync($"{m.Url}/stalls/{m.A01}/reopen", [], page.Token($"{m.Url}/stalls/{m.A01}/reopen"))).Status.ShouldBe(HttpStatusCode.Redirect);

        var edit = await admin.SubmitAsync($"{m.Url}/stalls/{m.A01}/edit", $"{m.Url}/stalls/{m.A01}/edit",
            [F("FloorId", m.Floor2), F("Number", "B01"), F("ContactName", "王姐"), F("ContactPhone", "13800001111")]);
        edit.FieldError("Number").ShouldBe("该楼层已有此档口号");
        edit.Document.QuerySelector("#FloorId option[selected]")!.GetAttribute("value").ShouldBe(m.Floor2);
        var moved = await admin.PostAsync($"{m.Url}/stalls/{m.A01}/edit",
            [F("FloorId", m.Floor2), F("Number", "B02"), F("ContactName", "王姐"), F("ContactPhone", "13800001111")], edit.Token($"{m.Url}/stalls/{m.A01}/edit"));
        moved.Status.ShouldBe(HttpStatusCode.Redirect, moved.ToString());
        page = await admin.GetAsync(m.Url);
        page.Text("tr[data-number='B02'] [data-testid='stall-state']").ShouldBe("营业中");
    }

    [Fact]
    public async Task Nobody_but_admins_and_operations_reaches_the_market_console()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var buyer = await factory.BuyerAsync();
        var admin = await factory.AdminAsync();
        var m = await MarketsWeb.MarketAsync(admin);
        var token = (await admin.GetAsync(m.Url)).Token($"{m.Url}/floors");

        foreach (var visitor in new[] { merchant, buyer })
        {
            Refused(await visitor.GetAsync("/admin/markets"));
            Refused(await visitor.GetAsync(m.Url));
            Refused(await visitor.PostAsync($"{m.Url}/stalls/{m.A01}/close", [], token));
        }
        var anonymous = await factory.NewVisitor().GetAsync("/admin/markets");
        anonymous.Location!.ShouldStartWith("/account/login");
        (await admin.GetAsync(m.Url)).Text("tr[data-number='A01'] [data-testid='stall-state']").ShouldBe("营业中");
    }

    /// 403, or the cookie scheme's redirect to the access-denied page; never the content.
    private static void Refused(Page page)
    {
        if (page.Status == HttpStatusCode.Forbidden) return;
        page.Status.ShouldBe(HttpStatusCode.Redirect, page.ToString());
        page.Location.ShouldStartWith("/account/denied");
    }
}

[Collection(WebCollection.Name)]
public sealed class StallCodesWebTests(SharedWarehouseFactory factory)
{
    [Fact]
    public async Task A_code_without_a_primary_stall_shows_the_message_by_the_stall_keeps_the_values_and_saves_nothing()
    {
        var m = await MarketsWeb.MarketAsync(await factory.AdminAsync());
        var merchant = await CatalogWeb.MerchantAsync(factory);

        var bad = await merchant.SubmitAsync("/merchant/stall-codes/new", "/merchant/stall-codes/new",
            MarketsWeb.CodeFields("QZ-01", ("", ""), (m.A02, "K-9")));

        bad.Status.ShouldBe(HttpStatusCode.OK, bad.ToString());
        bad.FieldError("Options[0].StallId").ShouldBe("请选择主档口");
        bad.InputValue("Code").ShouldBe("QZ-01");
        bad.InputValue("Options[1].StyleNumber").ShouldBe("K-9");
        bad.Document.QuerySelector("#Options_1__StallId option[selected]")!.GetAttribute("value").ShouldBe(m.A02);
        var repeated = await merchant.PostAsync("/merchant/stall-codes/new", MarketsWeb.CodeFields("QZ-01", (m.A01, ""), (m.A01, "")), bad.Token("/merchant/stall-codes/new"));
        repeated.FieldError("Options[1].StallId").ShouldBe("同一档口不能重复选择");
        (await merchant.GetAsync("/merchant/stall-codes")).TestId("total").ShouldBe("共 0 个");
    }

    [Fact]
    public async Task A_merchant_saves_a_code_with_alternates_edits_it_and_deletes_it()
    {
        var m = await MarketsWeb.MarketAsync(await factory.AdminAsync());
        var merchant = await CatalogWeb.MerchantAsync(factory);

        var saved = await merchant.SubmitAsync("/merchant/stall-codes/new", "/merchant/stall-codes/new",
            MarketsWeb.CodeFields("QZ-2401", (m.B01, "8821"), (m.A01, "")));
        saved.Status.ShouldBe(HttpStatusCode.Redirect, saved.ToString());
        var list = await merchant.GetAsync("/merchant/stall-codes?q=qz-24");
        list.Text("tr[data-code='QZ-2401'] [data-testid='primary']").ShouldBe($"{m.Name} · 2楼 · B01");
        list.Text("tr[data-code='QZ-2401'] [data-testid='alternates']")!.ShouldContain("A01");

        var id = await MarketsWeb.CodeIdAsync(merchant, "QZ-2401");
        var edit = await merchant.GetAsync($"/merchant/stall-codes/{id}/edit");
        edit.Document.QuerySelector("#Options_0__StallId option[selected]")!.GetAttribute("value").ShouldBe(m.B01);
        var edited = await merchant.PostAsync($"/merchant/stall-codes/{id}/edit", MarketsWeb.CodeFields("QZ-2401", (m.A02, "")), edit.Token($"/merchant/stall-codes/{id}/edit"));
        edited.Status.ShouldBe(HttpStatusCode.Redirect, edited.ToString());
        (await merchant.GetAsync("/merchant/stall-codes")).Text("tr[data-code='QZ-2401'] [data-testid='primary']").ShouldBe($"{m.Name} · 1楼 · A02");

        var deleted = await merchant.PostAsync($"/merchant/stall-codes/{id}/delete", [], edit.Token($"/merchant/stall-codes/{id}/edit"));
        deleted.Status.ShouldBe(HttpStatusCode.Redirect);
        (await merchant.GetAsync("/merchant/stall-codes")).TestId("total").ShouldBe("共 0 个");
    }

    [Fact]
    public async Task Merchant_B_can_neither_read_nor_change_nor_delete_A_s_code_by_changing_ids()
    {
        var m = await MarketsWeb.MarketAsync(await factory.AdminAsync());
        var a = await CatalogWeb.MerchantAsync(factory);
        var b = await CatalogWeb.MerchantAsync(factory);
        (await a.SubmitAsync("/merchant/stall-codes/new", "/merchant/stall-codes/new", MarketsWeb.CodeFields("MINE-1", (m.A01, "1")))).Status.ShouldBe(HttpStatusCode.Redirect);
        var id = await MarketsWeb.CodeIdAsync(a, "MINE-1");
        var token = (await b.GetAsync("/merchant/stall-codes/new")).Token("/merchant/stall-codes/new");

        (await b.GetAsync($"/merchant/stall-codes/{id}/edit")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await b.PostAsync($"/merchant/stall-codes/{id}/edit", MarketsWeb.CodeFields("MINE-1", (m.B01, "X")), token)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await b.PostAsync($"/merchant/stall-codes/{id}/delete", [], token)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await b.GetAsync("/merchant/stall-codes?q=MINE-1")).TestId("total").ShouldBe("共 0 个");
        (await b.GetAsync("/merchant/stall-codes/export.csv")).Html.ShouldNotContain("MINE-1");

        (await a.GetAsync("/merchant/stall-codes")).Text("tr[data-code='MINE-1'] [data-testid='primary']").ShouldBe($"{m.Name} · 1楼 · A01");
        var buyer = await factory.BuyerAsync();
        (await buyer.GetAsync("/merchant/stall-codes")).Status.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_file_with_a_bad_row_shows_the_row_report_and_saves_nothing_and_a_good_file_is_imported_and_exported()
    {
        var m = await MarketsWeb.MarketAsync(await factory.AdminAsync());
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var bad = $"code,market,floor,stall,style_number\nIM-1,{m.Name},1楼,A01,1\nIM-2,{m.Name},1楼,Z99,2\n";

        var report = await UploadAsync(merchant, bad);

        report.Status.ShouldBe(HttpStatusCode.OK, report.ToString());
        report.TestId("import-summary")!.ShouldContain("未导入任何内容");
        report.Document.QuerySelectorAll("[data-testid='import-errors'] tbody tr").Select(r => r.TextContent.Trim()).Single().ShouldContain("3");
        report.Text("[data-testid='import-errors'] tbody tr td:nth-child(2)").ShouldBe("stall");
        (await merchant.GetAsync("/merchant/stall-codes")).TestId("total").ShouldBe("共 0 个");

        var good = await UploadAsync(merchant, $"code,market,floor,stall,style_number,rank\nIM-1,{m.Name},1楼,A01,1,1\nIM-1,{m.Name},2楼,B01,2,0\n");
        good.Status.ShouldBe(HttpStatusCode.Redirect, good.ToString());
        (await merchant.GetAsync("/merchant/stall-codes")).Text("tr[data-code='IM-1'] [data-testid='primary']").ShouldBe($"{m.Name} · 2楼 · B01");
        var exported = await merchant.Http.GetByteArrayAsync("/merchant/stall-codes/export.csv");
        Encoding.UTF8.GetString(exported).ShouldContain($"IM-1,{m.Name},1楼,A01,=\"1\",1"); // a style number Excel would read as a number stays text

        var notASheet = await UploadAsync(merchant, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], "codes.png");
        notASheet.FieldError("File").ShouldBe("文件不是 CSV 或 Excel(.xlsx) 文件");
    }

    /// Nine pages of 30: the pager's window hides some, so it offers a jump box that keeps the search.
    [Fact]
    public async Task A_long_list_offers_a_jump_to_any_page_that_keeps_the_search()
    {
        var m = await MarketsWeb.MarketAsync(await factory.AdminAsync());
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var csv = new StringBuilder("code,market,floor,stall,style_number,rank\n");
        for (var i = 1; i <= 241; i++) csv.Append($"JP-{i:D3},{m.Name},1楼,A01,{i},1\n");
        (await UploadAsync(merchant, csv.ToString())).Status.ShouldBe(HttpStatusCode.Redirect);

        var list = await merchant.GetAsync("/merchant/stall-codes?q=JP-");
        var jump = list.Document.QuerySelector("[data-testid='page-jump']")!;
        jump.GetAttribute("action").ShouldBe("/merchant/stall-codes");
        jump.QuerySelector("input[type='hidden'][name='q']")!.GetAttribute("value").ShouldBe("JP-");
        jump.QuerySelector("input[name='page']")!.GetAttribute("max").ShouldBe("9");
        list.Document.QuerySelectorAll("[data-testid='pager'] .page-link").Select(a => a.TextContent.Trim()).ShouldContain("…");
        (await merchant.GetAsync("/merchant/stall-codes?q=JP-&page=9")).Document.QuerySelectorAll("tr[data-code]").Length.ShouldBe(1);
        (await merchant.GetAsync("/merchant/stall-codes?q=JP-00")).Document.QuerySelector("[data-testid='page-jump']").ShouldBeNull("one page needs no jump");
    }

    [Fact]
    public async Task The_market_directory_shows_floors_and_stalls_with_their_contacts()
    {
        var m = await MarketsWeb.MarketAsync(await factory.AdminAsync());
        var merchant = await CatalogWeb.MerchantAsync(factory);

        var list = await merchant.GetAsync($"/merchant/markets?q={m.Name}");
        list.Text("[data-testid='markets'] [data-testid='name']").ShouldBe(m.Name);
        var page = await merchant.GetAsync(m.Url.Replace("/admin/", "/merchant/"));

        page.Status.ShouldBe(HttpStatusCode.OK, page.ToString());
        page.Text("tr[data-number='A01']")!.ShouldContain("13800001111");
        page.Text("tr[data-number='A01']")!.ShouldContain("王姐");
        page.Document.QuerySelectorAll("h2").Select(h => h.TextContent).ShouldBe(["1楼", "2楼"]);
        page.Form($"{m.Url}/stalls").ShouldBeNull();
    }

    private static Task<Page> UploadAsync(Visitor merchant, string csv, string fileName = "codes.csv") =>
        UploadAsync(merchant, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)], fileName);

    private static async Task<Page> UploadAsync(Visitor merchant, byte[] file, string fileName)
    {
        var form = await merchant.GetAsync("/merchant/stall-codes/import");
        return await merchant.PostMultipartAsync("/merchant/stall-codes/import", [],
            [new Upload("File", fileName, file, "text/csv")], form.Token("/merchant/stall-codes/import"));
    }
}
