using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Domain;

/// Draft: being edited (also a new version of an approved product); Pending: waiting for an admin.
public enum ReviewStatus { Draft = 0, Pending = 1, Rejected = 2, Approved = 3 }

public enum ReviewAction { Submitted = 1, Resubmitted = 2, Approved = 3, Rejected = 4, ForceDelisted = 5 }

public enum FindingKind { AbsoluteTerm = 1, ProhibitedGoods = 2, Image = 3, DuplicateImage = 4 }

/// The reviewable part of a product: what the approved snapshot freezes while a new draft is edited.
public sealed record ProductContent(string Name, Guid CategoryId, Guid? BrandId, string Description, string Tags,
    SortedDictionary<string, string> Attributes, List<string> Images, List<SkuSpec> Skus)
{
    public bool SameAs(ProductContent other) =>
        Name == other.Name && CategoryId == other.CategoryId && BrandId == other.BrandId && Description == other.Description
        && Tags == other.Tags
        && Attributes.Count == other.Attributes.Count && Attributes.All(a => other.Attributes.TryGetValue(a.Key, out var v) && v == a.Value) && Images.SequenceEqual(other.Images) && Skus.SequenceEqual(other.Skus);
}

public sealed record SkuSpec(string Code, string SpecText);

/// What the merchant typed for one SKU row; Id is null for a new SKU.
public sealed record SkuDraft(Guid? Id, string Code, string? Barcode, string SpecText, long RetailPriceFen, int WeightGrams, IReadOnlyList<PriceTier> Tiers);

public sealed class Sku : Entity
{
    private Sku() { }

    internal Sku(Guid shopId, SkuDraft draft)
    {
        ShopId = shopId;
        Code = draft.Code.Trim();
        SpecText = draft.SpecText.Trim();
        SetPrices(draft);
    }

    public Guid ProductId { get; private init; }
    public Guid ShopId { get; private init; }
    public string Code { get; private set; } = "";
    public string? Barcode { get; private set; }
    public string SpecText { get; private set; } = "";
    public long RetailPriceFen { get; private set; }
    public int WeightGrams { get; private set; }
    public string TiersText { get; private set; } = "";
    /// Set when a version containing this SKU was approved; a SKU added later is not sold before the next approval.
    public bool IsApproved { get; private set; }
    /// A consignment SKU (代销) sells this supplier SKU from the supplier's shared stock; null for the shop's own goods.
    public Guid? SourceSkuId { get; private set; }
    public Guid? SupplierShopId { get; private set; }

    public IReadOnlyList<PriceTier> Tiers => PriceTier.Load(TiersText);

    public long UnitPriceFor(int quantity) => PriceTier.UnitPriceFor(Tiers, RetailPriceFen, quantity);

    internal bool SpecChanged(SkuDraft draft) => Code != draft.Code.Trim() || SpecText != draft.SpecText.Trim();

    internal void SetSpec(SkuDraft draft)
    {
        Code = draft.Code.Trim();
        SpecText = draft.SpecText.Trim();
    }

    /// Prices, weight and barcode need no review.
    internal void SetPrices(SkuDraft draft)
    {
        Barcode = string.IsNullOrWhiteSpace(draft.Barcode) ? null : draft.Barcode.Trim();
        RetailPriceFen = draft.RetailPriceFen;
        WeightGrams = draft.WeightGrams;
        TiersText = PriceTier.Store(draft.Tiers);
    }

    internal void MarkApproved() => IsApproved = true;

    internal static Sku ConsignedFrom(Guid resellerShopId, Sku source, long retailFen)
    {
        var sku = new Sku(resellerShopId, new SkuDraft(null, source.Code, source.Barcode, source.SpecText, retailFen, source.WeightGrams, []))
        {
            IsApproved = true, SourceSkuId = source.Id, SupplierShopId = source.ShopId,
        };
        return sku;
    }

    internal void Reprice(long retailFen)
    {
        RetailPriceFen = retailFen;
        IsApproved = true;
    }

    /// No longer sold by the reseller (kept: orders point at it).
    internal void Withdraw() => IsApproved = false;
}

public sealed class ProductImage : Entity
{
    private ProductImage() { }

    public ProductImage(string storedName, string sha256, long length, int width, int height, string format, int sortOrder)
    {
        StoredName = storedName;
        Sha256 = sha256;
        Length = length;
        Width = width;
        Height = height;
        Format = format;
        SortOrder = sortOrder;
    }

    public Guid ProductId { get; private init; }
    public string StoredName { get; private init; } = "";
    public string Sha256 { get; private init; } = "";
    public long Length { get; private init; }
    public int Width { get; private init; }
    public int Height { get; private init; }
    public string Format { get; private init; } = "";
    public int SortOrder { get; internal set; }
}

/// One automatic-check result of the latest submission, shown highlighted to the reviewer.
public sealed class ReviewFinding : Entity
{
    private ReviewFinding() { }

    public ReviewFinding(FindingKind kind, string field, string term, string message)
    {
        Kind = kind;
        Field = field;
        Term = term;
        Message = message;
    }

    public Guid ProductId { get; private init; }
    public FindingKind Kind { get; private init; }
    public string Field { get; private init; } = "";
    public string Term { get; private init; } = "";
    public string Message { get; private init; } = "";
}

/// Every submission and decision, kept for good: who, when and why.
public sealed class ReviewEntry : Entity
{
    private ReviewEntry() { }

    public ReviewEntry(ReviewAction action, Guid actorId, DateTime atUtc, string? reason)
    {
        Action = action;
        ActorId = actorId;
        AtUtc = atUtc;
        Reason = reason;
    }

    public Guid ProductId { get; private init; }
    public ReviewAction Action { get; private init; }
    public Guid ActorId { get; private init; }
    public DateTime AtUtc { get; private init; }
    public string? Reason { get; private init; }
}
