using SharedWarehouse.Modules.Catalog.Domain;

namespace SharedWarehouse.UnitTests.Catalog;

public sealed class MarkdownTextTests
{
    [Fact]
    public void Markdown_is_rendered_and_raw_html_is_escaped()
    {
        var html = MarkdownText.ToHtml("**好酒**\n\n<script>alert(1)</script>");

        html.ShouldContain("<strong>好酒</strong>");
        html.ShouldNotContain("<script>");
        html.ShouldContain("&lt;script&gt;");
    }

    [Fact]
    public void Script_links_are_neutralised() =>
        MarkdownText.ToHtml("[点我](javascript:alert(1))").ShouldNotContain("javascript:");
}
