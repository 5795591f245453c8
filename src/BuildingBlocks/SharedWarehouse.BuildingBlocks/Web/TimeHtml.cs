using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Time;

namespace SharedWarehouse.BuildingBlocks.Web;

/// Times on pages: in the display zone (DisplayTime), never UTC.
public static class TimeHtml
{
    /// A UTC instant as the viewer reads it: &lt;time datetime="…Z"&gt; (the instant itself, for machines and tests) around
    /// the wall-clock text in the display zone. Null shows nothing.
    public static IHtmlContent Time(this IHtmlHelper html, DateTime? utc, string format = "yyyy-MM-dd HH:mm")
    {
        if (utc is not { } instant) return HtmlString.Empty;
        var zone = html.ViewContext.HttpContext.RequestServices.GetRequiredService<DisplayTime>();
        var iso = DateTime.SpecifyKind(instant, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var text = zone.Of(instant).ToString(format, CultureInfo.InvariantCulture);
        return new HtmlString($"<time datetime=\"{iso}\">{HtmlEncoder.Default.Encode(text)}</time>");
    }

    /// The same wall-clock text without markup, for a sentence ("请在 {0} 前完成支付"). Null gives "".
    public static string TimeText(this IHtmlHelper html, DateTime? utc, string format = "yyyy-MM-dd HH:mm") =>
        utc is { } instant
            ? html.ViewContext.HttpContext.RequestServices.GetRequiredService<DisplayTime>().Of(instant).ToString(format, CultureInfo.InvariantCulture)
            : "";
}
