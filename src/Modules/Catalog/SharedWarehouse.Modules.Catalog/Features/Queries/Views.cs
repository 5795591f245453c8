using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.BuildingBlocks.Paging;

namespace SharedWarehouse.Modules.Catalog.Features.Queries;

public sealed record AttributeView(Guid Id, string Name, AttributeType Type, string? Unit, bool Required);

/// NoReasonReturns: the category's own 七天无理由 setting (null = as the parent); AllowsNoReasonReturns: what applies to it.
public sealed record CategoryNode(Guid Id, string Name, Guid? ParentId, int SortOrder, int Depth, IReadOnlyList<AttributeView> Attributes,
    bool? NoReasonReturns = null, bool AllowsNoReasonReturns = true)
{
    public string IndentedName => new string('　', Depth) + Name;
}

public sealed record BrandView(Guid Id, string Name);

public sealed record SkuView(Guid Id, string Code, string? Barcode, string SpecText, long RetailPriceFen, int WeightGrams, string Tiers, bool IsApproved);

public sealed record ImageView(Guid Id, int SortOrder, int Width, int Height);

public sealed record FindingView(FindingKind Kind, string Field, string Term, string Message);

public sealed record HistoryView(ReviewAction Action, Guid ActorId, string ActorName, DateTime AtUtc, string? Reason);

public sealed record ProductDetails(Guid Id, Guid ShopId, string Name, Guid CategoryId, string CategoryName, Guid? BrandId, string? BrandName,
    string Description, string DescriptionHtml, string Tags, IReadOnlyDictionary<string, string> Attributes, ReviewStatus Status,
    string? RejectionReason, bool IsListed, string? ForceDelistReason, bool IsHot, bool IsFeatured, bool HasApprovedVersion, string? ApprovedName,
    DateTime? SubmittedUtc, IReadOnlyList<SkuView> Skus, IReadOnlyList<ImageView> Images, IReadOnlyList<FindingView> Findings,
    IReadOnlyList<HistoryView> History)
{
    public bool CanEditContent => Status != ReviewStatus.Pending;
    public bool CanSubmit => Status is ReviewStatus.Draft or ReviewStatus.Rejected;
}

/// MainImageId: the first image of the draft (the list's thumbnail), null while the product has none.
public sealed record ProductRow(Guid Id, string Name, string CategoryName, ReviewStatus Status, bool IsListed, bool HasApprovedVersion,
    string? ForceDelistReason, int SkuCount, long MinPriceFen, DateTime UpdatedUtc, Guid? MainImageId = null);

public sealed record ProductTotals(int All, int Draft, int Pending, int Rejected, int Approved, int Listed);

public sealed record ProductList(PagedResult<ProductRow> Page, ProductTotals Totals);

public sealed record ReviewRow(Guid Id, string Name, Guid ShopId, bool IsNewVersion, DateTime? SubmittedUtc, int FindingCount);

public sealed record StorefrontSku(Guid Id, string Code, string SpecText, long RetailPriceFen, string Tiers, long Available)
{
    public bool Sellable => Available > 0;
}

public sealed record StorefrontProduct(Guid Id, string Name, string CategoryName, string? BrandName, string DescriptionHtml,
    IReadOnlyList<string> Tags, IReadOnlyDictionary<string, string> Attributes, int ImageCount, IReadOnlyList<StorefrontSku> Skus,
    ShopCard? Shop = null)
{
    public bool Sellable => Skus.Any(s => s.Sellable);
}

/// The seller on a product page: name, where it ships from and its page (its rating is Ordering's ShopRating view component).
public sealed record ShopCard(Guid Id, string Name, string Region)
{
    public string Url => $"/shops/{Id}";
}
