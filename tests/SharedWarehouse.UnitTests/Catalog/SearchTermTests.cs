using SharedWarehouse.Modules.Catalog.Domain;

namespace SharedWarehouse.UnitTests.Catalog;

public sealed class SearchTermTests
{
    [Fact]
    public void Every_two_character_substring_of_each_line_is_a_term_once()
    {
        SearchTerm.Of("酱香白酒\n酱香").ShouldBe(["酱香", "香白", "白酒"], ignoreOrder: true);
    }

    [Fact]
    public void No_term_spans_two_lines_and_a_single_character_line_has_none()
    {
        SearchTerm.Of("白\n酒").ShouldBeEmpty();
        SearchTerm.Of("ab\ncd").ShouldBe(["ab", "cd"], ignoreOrder: true);
    }

    [Fact]
    public void Characters_outside_the_basic_plane_are_left_out_consistently()
    {
        // 𠮷 is a surrogate pair in .NET: pairs touching it are skipped in texts and keywords alike, so a keyword's
        // terms are still a subset of the terms of every text that contains it.
        var text = SearchTerm.Of("吉𠮷野家");
        text.ShouldBe(["野家"]);
        SearchTerm.Of("𠮷野家").IsSubsetOf(text).ShouldBeTrue();
    }
}
