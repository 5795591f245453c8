using System.Net;
using System.Text.RegularExpressions;
using SharedWarehouse.WebTests.Infrastructure;
using static SharedWarehouse.WebTests.Infrastructure.Given;

namespace SharedWarehouse.WebTests;

/// A zh-CN page must not carry the framework's English ("The RememberMe field is required.", "The value 'x' is
/// not valid for Y."), neither in the markup nor in the message next to a field. The pages are found the way a
/// user finds them: by following the links from each kind of user's home page.
[Collection(WebCollection.Name)]
public sealed partial class FormLanguageTests(SharedWarehouseFactory factory)
{
    private const int PagesPerVisitor = 150;

    [Fact]
    public async Task No_page_reachable_by_a_visitor_buyer_merchant_or_admin_carries_framework_English()
    {
        var (merchant, _) = await factory.ShopOwnerAsync("语言检查", "/merchant");
        var visitors = new (string Who, Visitor Visitor, string Home)[]
        {
            ("visitor", factory.NewVisitor(), "/"),
            ("buyer", await factory.BuyerAsync(), "/"),
            ("merchant", merchant, "/merchant"),
            ("admin", await factory.AdminAsync(), "/admin"),
        };
        var found = new List<string>();
        var crawled = 0;
        foreach (var (who, visitor, home) in visitors)
        {
            foreach (var page in await CrawlAsync(visitor, home, extraStarts: ["/account/login", "/account/register"]))
            {
                crawled++;
                foreach (var element in page.Page.Document.All)
                {
                    foreach (var attribute in element.Attributes)
                    {
                        if (attribute.Name.StartsWith("data-val-", StringComparison.Ordinal) && !Chinese().IsMatch(attribute.Value))
                            found.Add($"{who} {page.Url}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\"> (a rule's message not in Chinese)");
                        else if (FrameworkEnglish().IsMatch(attribute.Value))
                            found.Add($"{who} {page.Url}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                    }
                }
                if (FrameworkEnglish().Match(page.Page.Document.Body?.TextContent ?? "") is { Success: true } text)
                    found.Add($"{who} {page.Url}: text \"{text.Value}\"");
            }
        }
        crawled.ShouldBeGreaterThan(40, "the crawl should reach the main pages of every kind of user");
        found.Distinct().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_number_field_given_letters_is_refused_in_the_page_language_next_to_the_field_keeping_the_letters_and_creating_nothing()
    {
        var merchant = await CatalogWeb.MerchantAsync(factory);
        var zh = await PostLettersAsLatitudeAsync(merchant);
        zh.FieldError("Latitude").ShouldBe("格式不正确");
        zh.InputValue("Latitude").ShouldBe("北纬三十度");
        zh.InputValue("Name").ShouldBe("字母仓");
        zh.SummaryErrors.ShouldContain("部分内容格式不正确，请按标出的提示修改");

        merchant.SetCookie(".AspNetCore.Culture", Uri.EscapeDataString("c=en-US|uic=en-US"));
        (await PostLettersAsLatitudeAsync(merchant)).FieldError("Latitude").ShouldBe("Invalid format");
        (await merchant.GetAsync("/merchant/warehouses")).TestId("total").ShouldBe("0 in total", "nothing was created");
    }

    private static async Task<Page> PostLettersAsLatitudeAsync(Visitor merchant)
    {
        var page = await merchant.SubmitAsync("/merchant/warehouses/new", "/merchant/warehouses/new",
            [F("Name", "字母仓"), F("RegionCode", District), F("Address", "文三路 1 号"), F("Latitude", "北纬三十度"), F("Longitude", "120.15")]);
        page.Status.ShouldBe(HttpStatusCode.OK, page.ToString());
        return page;
    }

    private static async Task<List<(string Url, Page Page)>> CrawlAsync(Visitor visitor, string home, string[] extraStarts)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<string>([home, .. extraStarts]);
        var pages = new List<(string, Page)>();
        while (queue.Count > 0 && pages.Count < PagesPerVisitor)
        {
            var url = queue.Dequeue();
            if (!seen.Add(PathOf(url))) continue;
            var page = await visitor.GetAsync(url);
            if (page.Status != HttpStatusCode.OK || page.Response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            pages.Add((url, page));
            foreach (var link in page.Document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
                if (link.StartsWith('/') && !link.StartsWith("//") && !Skipped().IsMatch(link)) queue.Enqueue(link.Split('#')[0]);
        }
        return pages;
    }

    /// One page per path: a pager's or a filter's query string shows the same form.
    private static string PathOf(string url) => url.Split('?')[0];

    [GeneratedRegex(@"logout|sign-?out|/export|/download|\.(csv|xlsx|pdf|png|jpg|webp)|/print|/files/|/images/|/uploads/", RegexOptions.IgnoreCase)]
    private static partial Regex Skipped();

    [GeneratedRegex(@"The (value|field) |field is required|is not valid|is invalid|must be a number|A value for the|is required\.", RegexOptions.IgnoreCase)]
    private static partial Regex FrameworkEnglish();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
