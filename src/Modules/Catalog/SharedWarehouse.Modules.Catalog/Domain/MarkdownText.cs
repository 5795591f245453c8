using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SharedWarehouse.Modules.Catalog.Domain;

/// Product descriptions are Markdown with raw HTML disabled (it is shown escaped), and links or images
/// pointing anywhere but http(s) (javascript:, data:) are neutralised.
public static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
            if (!IsSafe(link.Url)) link.Url = "#";
        foreach (var link in document.Descendants<AutolinkInline>())
            if (!link.IsEmail && !IsSafe(link.Url)) link.Url = "#";
        return document.ToHtml(Pipeline);
    }

    private static bool IsSafe(string? url) =>
        string.IsNullOrEmpty(url) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal));
}
