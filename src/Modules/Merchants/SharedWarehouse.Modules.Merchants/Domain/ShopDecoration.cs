using System.Text.Json;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Merchants.Domain;

/// A shop's decoration: one editable draft and the published versions. Publishing freezes the draft as a new
/// numbered version (who, when) that buyers see; restoring copies an earlier version into the draft, which
/// the merchant then publishes again. Versions are never changed or deleted.
public sealed class ShopDecoration : AggregateRoot
{
    // Chinese stays readable (and short) in the JSON columns instead of \uXXXX escapes.
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };
    private readonly List<DecorationVersion> _versions = [];

    private ShopDecoration() { }

    public Guid ShopId { get; private init; }
    public string DraftJson { get; private set; } = "";
    public int? PublishedNumber { get; private set; }
    public DateTime CreatedUtc { get; private init; }
    public DateTime UpdatedUtc { get; private set; }
    public IReadOnlyList<DecorationVersion> Versions => _versions;

    public DecorationContent Draft => Read(DraftJson);
    public DecorationVersion? Published => _versions.FirstOrDefault(v => v.Number == PublishedNumber);

    /// True when the draft differs from what buyers see (or nothing is published yet).
    public bool HasUnpublishedChanges => Published?.ContentJson != DraftJson;

    public static Result<ShopDecoration> Start(Guid shopId, string templateKey, DateTime nowUtc)
    {
        if (!ShopTemplates.Exists(templateKey)) return Error.Validation("TemplateKey", "请选择店铺模板");
        return new ShopDecoration { ShopId = shopId, DraftJson = Write(DecorationContent.Empty(templateKey)), CreatedUtc = nowUtc, UpdatedUtc = nowUtc };
    }

    /// Switches the draft to another template; what was filled in is kept (every template shows the same content).
    public Result ChooseTemplate(string templateKey, DateTime nowUtc)
    {
        if (!ShopTemplates.Exists(templateKey)) return Error.Validation("TemplateKey", "请选择店铺模板");
        DraftJson = Write(Draft with { TemplateKey = templateKey });
        UpdatedUtc = nowUtc;
        return Result.Success();
    }

    public Result SaveDraft(DecorationContent content, IReadOnlySet<Guid> onSale, DateTime nowUtc)
    {
        // Banners are kept in carousel order (equal numbers keep the order they came in).
        var checkedContent = content with { Intro = content.Intro.Trim(), Banners = content.Banners.OrderBy(b => b.Order).ToList() };
        if (checkedContent.Check(onSale) is { IsFailure: true } refused) return refused;
        DraftJson = Write(checkedContent);
        UpdatedUtc = nowUtc;
        return Result.Success();
    }

    /// Publishing a draft identical to the published version (a double click, a replayed form) adds no version.
    /// Product choices are checked again: a product delisted since the draft was saved cannot be published.
    public Result<int> Publish(Guid actorId, IReadOnlySet<Guid> onSale, DateTime nowUtc)
    {
        if (!HasUnpublishedChanges) return PublishedNumber!.Value;
        if (Draft.Check(onSale) is { IsFailure: true } refused) return Result<int>.Failure(refused.Errors);
        var number = _versions.Count == 0 ? 1 : _versions.Max(v => v.Number) + 1;
        _versions.Add(new DecorationVersion(number, DraftJson, actorId, nowUtc));
        PublishedNumber = number;
        UpdatedUtc = nowUtc;
        return number;
    }

    /// Copies a published version into the draft; buyers keep seeing the current version until the next publish.
    public Result Restore(Guid versionId, DateTime nowUtc)
    {
        var version = _versions.FirstOrDefault(v => v.Id == versionId);
        if (version is null) return Error.NotFound();
        DraftJson = version.ContentJson;
        UpdatedUtc = nowUtc;
        return Result.Success();
    }

    internal static DecorationContent Read(string json) => JsonSerializer.Deserialize<DecorationContent>(json, Json)!;

    private static string Write(DecorationContent content) => JsonSerializer.Serialize(content, Json);
}

/// One published version, frozen: its number, the content buyers saw, who published it and when.
public sealed class DecorationVersion : Entity
{
    private DecorationVersion() { }

    internal DecorationVersion(int number, string contentJson, Guid publishedBy, DateTime publishedUtc)
    {
        Number = number;
        ContentJson = contentJson;
        PublishedBy = publishedBy;
        PublishedUtc = publishedUtc;
    }

    public Guid DecorationId { get; private init; }
    public int Number { get; private init; }
    public string ContentJson { get; private init; } = "";
    public Guid PublishedBy { get; private init; }
    public DateTime PublishedUtc { get; private init; }

    public DecorationContent Content => ShopDecoration.Read(ContentJson);
}
