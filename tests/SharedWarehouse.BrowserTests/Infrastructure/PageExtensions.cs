using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SharedWarehouse.BrowserTests.Infrastructure;

/// What a tester does over and over, written once.
public static partial class PageExtensions
{
    public static ILocator TestId(this IPage page, string id) => page.Locator($"[data-testid='{id}']");

    /// Reloads until the element shows the text: for state that changes in the background (a gateway's
    /// notification, the outbox), which the page does not push to the browser.
    public static Task ReloadUntilTextAsync(this IPage page, string testId, string text) =>
        Patience.UntilAsync(async () =>
        {
            if ((await page.TestId(testId).TextContentAsync())?.Trim() == text) return true;
            await page.ReloadAsync();
            return false;
        }, $"{testId} showing {text}", 500);

    public static ILocator Field(this IPage page, string name) => page.Locator($"[name='{name}']");

    /// The message shown next to a field (asp-validation-for, or the region picker's own).
    public static ILocator FieldError(this IPage page, string name) =>
        page.Locator($".field-validation-error[data-valmsg-for='{name}']");

    /// Chooses province → city → district by their names in the region picker (fieldset[data-region-picker]),
    /// waiting each time for region-picker.js to fetch and fill the next list, and returns the posted code.
    public static async Task<string> PickRegionAsync(this ILocator picker, string province, string city, string district)
    {
        var names = new[] { province, city, district };
        for (var level = 1; level <= 3; level++)
        {
            var select = picker.Locator($"select[data-level='{level}']");
            await Expect(select.Locator("option", new() { HasTextString = names[level - 1] })).ToHaveCountAsync(1);
            await select.SelectOptionAsync(new SelectOptionValue { Label = names[level - 1] });
        }
        var value = picker.Locator("input[data-region-value]");
        await Expect(value).ToHaveValueAsync(new Regex(@"^\d{6}$"));
        return await value.InputValueAsync();
    }

    /// The fieldset of the region picker whose legend reads so.
    public static ILocator RegionPicker(this IPage page, string legend) =>
        page.Locator("fieldset[data-region-picker]").Filter(new() { Has = page.Locator("legend", new() { HasTextString = legend }) });

    /// The 6-digit code in the newest text the SMS simulator page (/dev/sms) lists for the phone, read in a
    /// second tab of the same browser as a tester would.
    public static async Task<string> ReadSmsCodeAsync(this IBrowserContext context, string baseUrl, string phone,
        Func<IPage, Task>? whileOpen = null)
    {
        var tab = await context.NewPageAsync();
        try
        {
            await tab.GotoAsync(baseUrl + "/dev/sms");
            var row = tab.Locator("[data-testid='sms-list'] tbody tr")
                .Filter(new() { Has = tab.Locator($"td[data-phone='{phone}']") }).First;
            await Expect(row).ToBeVisibleAsync();
            var text = await row.Locator("td").Last.InnerTextAsync();
            var code = SixDigits().Match(text);
            code.Success.ShouldBeTrue($"no 6-digit code in the SMS text \"{text}\"");
            if (whileOpen is not null) await whileOpen(tab);
            return code.Value;
        }
        finally
        {
            await tab.CloseAsync();
        }
    }

    /// Waits until the image has loaded and decoded; returns its natural size.
    public static async Task<(int Width, int Height)> LoadedImageSizeAsync(this ILocator image)
    {
        await Expect(image).ToBeVisibleAsync();
        var handle = await image.ElementHandleAsync();
        await handle.WaitForElementStateAsync(ElementState.Stable);
        await image.Page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", handle, new() { Timeout = 10_000 });
        var size = await image.EvaluateAsync<int[]>("img => [img.naturalWidth, img.naturalHeight]");
        return (size[0], size[1]);
    }

    [GeneratedRegex(@"(?<!\d)\d{6}(?!\d)")]
    private static partial Regex SixDigits();

    /// How far the page scrolls sideways (0 or less: it fits the window).
    public static Task<int> HorizontalOverflowAsync(this IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
}
