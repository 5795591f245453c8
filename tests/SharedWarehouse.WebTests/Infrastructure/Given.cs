using System.Net;
using SharedWarehouse.BuildingBlocks.Uploads;

namespace SharedWarehouse.WebTests.Infrastructure;

/// The starting states tests need, reached through the web forms like a user would.
public static class Given
{
    public const string Password = "Secret123";
    public const string ValidIdNumber = "11010519491231002X";
    public const string MaskedIdNumber = "110***********002X";
    public const string District = "330106"; // 浙江省 杭州市 西湖区

    private static long _phoneSeed = Random.Shared.NextInt64(10_000_000, 90_000_000);

    public static string NewPhone() => "136" + (Interlocked.Increment(ref _phoneSeed) % 100_000_000).ToString("D8");

    public static string NewShopName(string prefix = "测试商店") => prefix + Guid.NewGuid().ToString("N")[..8];

    public static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    /// Registers a buyer through the SMS flow and leaves the visitor signed in.
    public static async Task<Visitor> BuyerAsync(this SharedWarehouseFactory factory, string? displayName = null, string password = Password)
    {
        var visitor = factory.NewVisitor();
        var phone = NewPhone();
        var sent = await visitor.SubmitAsync("/account/register", "/account/register", [F("Phone", phone)], postTo: "/account/register/send-code");
        sent.Status.ShouldBe(HttpStatusCode.OK);
        sent.TestId("code-sent").ShouldNotBeNull(sent.ToString());
        var registered = await visitor.PostAsync("/account/register",
        [
            F("Phone", phone), F("SmsCode", factory.LatestSmsCode(phone)), F("Password", password), F("ConfirmPassword", password),
            F("RegionCode", District), F("DisplayName", displayName ?? "买家" + phone[^4..]),
        ], sent.Token("/account/register"));
        registered.Status.ShouldBe(HttpStatusCode.Redirect, registered.ToString());
        visitor.Phone = phone;
        return visitor;
    }

    public static async Task<Page> SignInAsync(this Visitor visitor, string phone, string password) =>
        await visitor.SubmitAsync("/account/login", "/account/login", [F("Phone", phone), F("Password", password)]);

    public static async Task<Visitor> AdminAsync(this SharedWarehouseFactory factory)
    {
        var admin = factory.NewVisitor();
        var signedIn = await admin.SignInAsync(SharedWarehouseFactory.AdminPhone, SharedWarehouseFactory.AdminPassword);
        signedIn.Status.ShouldBe(HttpStatusCode.Redirect, signedIn.ToString());
        admin.Phone = SharedWarehouseFactory.AdminPhone;
        return admin;
    }

    public static byte[] Png(byte red = 10, byte green = 120, byte blue = 200) => PngWriter.Solid(400, 300, red, green, blue);

    public static List<KeyValuePair<string, string>> ApplicationFields(string shopName, string idNumber = ValidIdNumber,
        string action = "submit", string region = District) =>
    [
        F("ShopName", shopName), F("ShopType", "Flagship"), F("BusinessScope", "酒水、食品"), F("RegionCode", region),
        F("LegalPersonName", "张三"), F("IdNumber", idNumber), F("action", action),
    ];

    public static Upload[] Images() => [new("LicenseImage", "license.png", Png()), new("IdImage", "id.png", Png(200, 40, 40))];

    /// Fills in and submits the shop application form; returns the answer to the POST.
    public static Task<Page> ApplyAsync(this Visitor visitor, string shopName, string idNumber = ValidIdNumber,
        string region = District, IEnumerable<Upload>? files = null) =>
        visitor.SubmitMultipartAsync("/merchant-application/edit", "/merchant-application/edit",
            ApplicationFields(shopName, idNumber, region: region), files ?? Images());

    /// The rows of the admin review queue (all pages) as (shop name, status label, application id).
    public static async Task<List<(string ShopName, string Status, Guid Id)>> QueueAsync(this Visitor admin, string state = "pending",
        string? region = null)
    {
        var rows = new List<(string, string, Guid)>();
        for (var page = 1; ; page++)
        {
            var list = await admin.GetAsync($"/admin/merchant-applications?state={state}&region={region}&page={page}");
            list.Status.ShouldBe(HttpStatusCode.OK, list.ToString());
            foreach (var row in list.Document.QuerySelectorAll("[data-testid='applications'] tbody tr"))
            {
                var link = row.QuerySelector("a[href^='/admin/merchant-applications/']");
                if (link is null) continue;
                var cells = row.QuerySelectorAll("td");
                rows.Add((cells[0].TextContent.Trim(), cells[3].TextContent.Trim(),
                    Guid.Parse(link.GetAttribute("href")!["/admin/merchant-applications/".Length..])));
            }
            // The pager shows a window of page numbers; its "next" link is there while a later page is.
            if (list.Document.QuerySelector("[data-testid='pager'] a[rel='next']") is null) return rows;
        }
    }

    public static async Task<Guid> ApplicationIdAsync(this Visitor admin, string shopName) =>
        (await admin.QueueAsync("all")).Single(r => r.ShopName == shopName).Id;
}
