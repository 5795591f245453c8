using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SharedWarehouse.WebTests.Infrastructure;

/// A response with its HTML parsed, and the few questions tests ask of a page.
public sealed class Page
{
    private static readonly HtmlParser Parser = new();

    private Page(HttpResponseMessage response, string html)
    {
        Response = response;
        Html = html;
        Document = Parser.ParseDocument(html);
    }

    public HttpResponseMessage Response { get; }
    public string Html { get; }
    public IHtmlDocument Document { get; }
    public HttpStatusCode Status => Response.StatusCode;

    public static async Task<Page> ReadAsync(HttpResponseMessage response) =>
        new(response, await response.Content.ReadAsStringAsync());

    /// Path and query of the redirect target (absolute Location headers are reduced to it), or null.
    public string? Location => Response.Headers.Location is not { } location ? null
        : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    public bool IsRedirect => (int)Status is >= 300 and < 400;

    public IElement? Form(string action) => Document.QuerySelector($"form[action='{action}']");

    /// The antiforgery token the form with this action carries.
    public string Token(string formAction)
    {
        var form = Form(formAction) ?? throw new InvalidOperationException(
            $"No form posting to {formAction} on the page ({(int)Status}): {Html[..Math.Min(Html.Length, 400)]}");
        return form.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"The form posting to {formAction} has no antiforgery token.");
    }

    /// The message shown next to a field (asp-validation-for or the region picker), or null if none.
    public string? FieldError(string field)
    {
        var text = Document.QuerySelector($"span.field-validation-error[data-valmsg-for='{field}']")?.TextContent.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    public IReadOnlyList<string> SummaryErrors =>
        Document.QuerySelectorAll(".validation-summary-errors li").Select(e => e.TextContent.Trim()).ToList();

    /// The value attribute of the (first) input with this name, as the browser would show it.
    public string? InputValue(string name) => Document.QuerySelector($"input[name='{name}']")?.GetAttribute("value");

    public string? Text(string selector) => Document.QuerySelector(selector)?.TextContent.Trim();

    public string? TestId(string id) => Text($"[data-testid='{id}']");

    public override string ToString() => $"{(int)Status} {Location} {Html[..Math.Min(Html.Length, 2000)]}";
}
