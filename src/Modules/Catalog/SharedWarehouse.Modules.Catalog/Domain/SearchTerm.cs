namespace SharedWarehouse.Modules.Catalog.Domain;

/// One entry of the storefront's inverted index: a product's search text contains this two-character Term.
/// Chinese has no spaces to split words at, so every substring search is answered by its bigrams: a product
/// can contain "酱香白酒" only if it has the terms 酱香, 香白 and 白酒, which an index finds without reading
/// any product; the candidates are then checked for the whole substring. InName and CreatedUtc (the product's)
/// let a keyword search walk one term's entries already in relevance order: name matches first, newest first.
public sealed class SearchTerm
{
    public const int Length = 2;

    private SearchTerm() { }

    public SearchTerm(Guid productId, string term, bool inName, DateTime createdUtc)
    {
        ProductId = productId;
        Term = term;
        InName = inName;
        CreatedUtc = createdUtc;
    }

    public Guid ProductId { get; private init; }
    public string Term { get; private init; } = "";
    /// The term occurs in the product's approved name (a renamed product moves its terms in or out).
    public bool InName { get; set; }
    public DateTime CreatedUtc { get; private init; }

    /// The distinct bigrams of a lower-cased text; lines are separate fields, so no term spans a line break.
    public static IReadOnlySet<string> Of(string text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
            for (var i = 0; i + Length <= line.Length; i++)
                if (!char.IsSurrogate(line[i]) && !char.IsSurrogate(line[i + 1])) terms.Add(line.Substring(i, Length));
        return terms;
    }
}
