using System.Text.Json;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Domain;

/// A merchant's product (SPU). The draft fields are what the merchant edits; ApprovedContentJson is the frozen
/// snapshot of the last approved version, which stays on sale while a new version waits for review.
/// Draft → Pending → Approved | Rejected → (edit) Draft → Pending → …
public sealed partial class Product : AggregateRoot
{
    public const int MaxReasonLength = 500;
    public const int MaxImages = 9;
    public const int MaxAttributesLength = 4000; // the column size
    // Chinese stays readable (and short) in the JSON columns instead of \uXXXX escapes.
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };
    private readonly List<Sku> _skus = [];
    private readonly List<ProductImage> _images = [];
    private readonly List<ReviewFinding> _findings = [];
    private readonly List<ReviewEntry> _history = [];

    private Product() { }

    public Guid ShopId { get; private init; }
    public Guid OwnerId { get; private init; }
    public string Name { get; private set; } = "";
    public Guid CategoryId { get; private set; }
    public Guid? BrandId { get; private set; }
    public string Description { get; private set; } = "";
    public string Tags { get; private set; } = "";
    public string AttributesJson { get; private set; } = "{}";
    public ReviewStatus Status { get; private set; }
    public string? RejectionReason { get; private set; }
    public string? ApprovedName { get; private set; }
    public string? ApprovedContentJson { get; private set; }
    public DateTime? ApprovedUtc { get; private set; }
    public bool IsListed { get; private set; }
    public string? ForceDelistReason { get; private set; }
    public bool IsHot { get; private set; }
    public bool IsFeatured { get; private set; }
    public DateTime CreatedUtc { get; private init; }
    public DateTime UpdatedUtc { get; private set; }
    public DateTime? SubmittedUtc { get; private set; }

    // Search columns: copies of the approved version (and the shop's region, which never changes once the shop is
    // opened), so that the storefront can filter, sort and page in SQL instead of parsing ApprovedContentJson.
    public Guid? ListedCategoryId { get; private set; }
    public Guid? ListedBrandId { get; private set; }
    /// Lower-cased approved name, tags, brand and SKU codes; a keyword matches any substring of it (Chinese too).
    public string SearchText { get; private set; } = "";
    /// The shop's region code (province/city/district); a region filter is a prefix of it.
    public string ShopRegionCode { get; private set; } = "";
    /// The shop's name for result cards (a shop's name, like its region, is fixed when it opens).
    public string ShopName { get; private set; } = "";
    /// The lowest current price among the approved SKUs of the approved version (null before the first approval).
    public long? ListPriceFen { get; private set; }
    /// Units received by buyers (ProductsSold, published by Ordering and counted by CountSalesHandler): the "sales" sort.
    public long SalesCount { get; private set; }
    public IReadOnlyList<Sku> Skus => _skus;
    public IReadOnlyList<ProductImage> Images => _images;
    public IReadOnlyList<ReviewFinding> Findings => _findings;
    public IReadOnlyList<ReviewEntry> History => _history;

    public bool HasApprovedVersion => ApprovedContentJson is not null;
    public SortedDictionary<string, string> Attributes => JsonSerializer.Deserialize<SortedDictionary<string, string>>(AttributesJson) ?? [];
    public ProductContent? ApprovedContent => ApprovedContentJson is null ? null : JsonSerializer.Deserialize<ProductContent>(ApprovedContentJson);

    public ProductContent DraftContent => new(Name, CategoryId, BrandId, Description, Tags, Attributes,
        _images.OrderBy(i => i.SortOrder).Select(i => i.StoredName).ToList(),
        _skus.OrderBy(s => s.Code, StringComparer.Ordinal).Select(s => new SkuSpec(s.Code, s.SpecText)).ToList());

    public static Product Create(Guid shopId, Guid ownerId, DateTime nowUtc) =>
        new() { ShopId = shopId, OwnerId = ownerId, Status = ReviewStatus.Draft, CreatedUtc = nowUtc, UpdatedUtc = nowUtc };

    /// Saves the merchant's edits. A change to reviewable content turns an approved product into a new draft
    /// (the approved snapshot stays on sale); prices, weights, barcodes and tiers need no review.
    public Result Edit(string name, Guid categoryId, Guid? brandId, string description, IEnumerable<string> tags,
        IReadOnlyDictionary<string, string> attributes, IReadOnlyList<SkuDraft> skus, DateTime nowUtc)
    {
        if (IsConsignment) return ConsignedContent;
        if (skus.Count == 0) return Error.Validation("Skus", "请至少填写一个 SKU");
        var codes = skus.Select(s => s.Code.Trim()).ToList();
        if (codes.Distinct(StringComparer.Ordinal).Count() != codes.Count) return Error.Validation("Skus", "同一商品的 SKU 编码不能重复");
        var removed = _skus.Where(s => skus.All(d => d.Id != s.Id)).ToList();
        if (removed.FirstOrDefault(s => s.IsApproved) is { } approvedSku) return Error.Validation("Skus", "已通过审核的 SKU 不能删除：{0}", approvedSku.Code);

        // Decide before changing anything, so a refused edit leaves the product as it was.
        var tagText = string.Join(",", tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct());
        var attributeMap = new SortedDictionary<string, string>(
            attributes.Where(a => !string.IsNullOrWhiteSpace(a.Value)).ToDictionary(a => a.Key, a => a.Value.Trim()), StringComparer.Ordinal);
        var before = DraftContent;
        var after = before with
        {
            Name = name.Trim(), CategoryId = categoryId, BrandId = brandId, Description = description.Trim(), Tags = tagText, Attributes = attributeMap,
            Skus = skus.Select(d => new SkuSpec(d.Code.Trim(), d.SpecText.Trim())).OrderBy(s => s.Code, StringComparer.Ordinal).ToList(),
        };
        var attributesJson = JsonSerializer.Serialize(attributeMap, Json);
        if (attributesJson.Length > MaxAttributesLength) return Error.Validation("Attributes", "属性内容过长");
        var changed = !before.SameAs(after);
        if (changed && Status == ReviewStatus.Pending) return Error.Conflict("商品正在审核中，内容暂不能修改（价格可以修改）");

        foreach (var sku in removed) _skus.Remove(sku);
        Name = after.Name;
        CategoryId = categoryId;
        BrandId = brandId;
        Description = after.Description;
        Tags = tagText;
        AttributesJson = attributesJson;
        foreach (var draft in skus)
        {
            var sku = draft.Id is { } id ? _skus.FirstOrDefault(s => s.Id == id) : null;
            if (sku is null) _skus.Add(new Sku(ShopId, draft));
            else
            {
                sku.SetSpec(draft);
                sku.SetPrices(draft);
            }
        }
        if (changed) ContentChanged(nowUtc);
        UpdatedUtc = nowUtc;
        RefreshListPrice();
        return Result.Success();
    }

    public Result AddImage(ProductImage image, DateTime nowUtc)
    {
        if (IsConsignment) return ConsignedContent;
        if (Status == ReviewStatus.Pending) return Error.Conflict("商品正在审核中，内容暂不能修改（价格可以修改）");
        if (_images.Count >= MaxImages) return Error.Validation("Images", "最多上传 {0} 张图片", MaxImages);
        image.SortOrder = _images.Count + 1;
        _images.Add(image);
        ContentChanged(nowUtc);
        return Result.Success();
    }

    public Result RemoveImage(Guid imageId, DateTime nowUtc)
    {
        if (Status == ReviewStatus.Pending) return Error.Conflict("商品正在审核中，内容暂不能修改（价格可以修改）");
        if (_images.RemoveAll(i => i.Id == imageId) == 0) return Error.NotFound();
        Renumber();
        ContentChanged(nowUtc);
        return Result.Success();
    }

    /// Moves an image one place earlier (the first image is the cover).
    public Result MoveImageUp(Guid imageId, DateTime nowUtc)
    {
        if (Status == ReviewStatus.Pending) return Error.Conflict("商品正在审核中，内容暂不能修改（价格可以修改）");
        var ordered = _images.OrderBy(i => i.SortOrder).ToList();
        var index = ordered.FindIndex(i => i.Id == imageId);
        if (index < 0) return Error.NotFound();
        if (index == 0) return Result.Success();
        (ordered[index - 1].SortOrder, ordered[index].SortOrder) = (ordered[index].SortOrder, ordered[index - 1].SortOrder);
        ContentChanged(nowUtc);
        return Result.Success();
    }

    /// Puts the images in the order the editor shows (the first is the cover). Ids not among this product's images
    /// are ignored; images not listed follow the listed ones in their current order. No change, no new version.
    public Result ReorderImages(IReadOnlyList<Guid> order, DateTime nowUtc)
    {
        var current = _images.OrderBy(i => i.SortOrder).ToList();
        var listed = order.Distinct().Select(id => current.FirstOrDefault(i => i.Id == id)).OfType<ProductImage>().ToList();
        var wanted = listed.Concat(current.Except(listed)).ToList();
        if (wanted.SequenceEqual(current)) return Result.Success();
        if (IsConsignment) return ConsignedContent;
        if (Status == ReviewStatus.Pending) return Error.Conflict("商品正在审核中，内容暂不能修改（价格可以修改）");
        for (var n = 0; n < wanted.Count; n++) wanted[n].SortOrder = n + 1;
        ContentChanged(nowUtc);
        return Result.Success();
    }

    public Result Submit(Guid actorId, IEnumerable<ReviewFinding> findings, DateTime nowUtc)
    {
        if (IsConsignment) return ConsignedContent;
        if (Status == ReviewStatus.Pending) return Result.Success(); // a double click changes nothing
        if (Status == ReviewStatus.Approved) return Error.Conflict("当前版本已通过审核，无需重复提交");
        var missing = new List<Error>();
        if (_images.Count == 0) missing.Add(Error.Validation("Images", "请至少上传一张商品图片"));
        if (_skus.Count == 0) missing.Add(Error.Validation("Skus", "请至少填写一个 SKU"));
        if (missing.Count > 0) return Result.Failure(missing);
        var action = Status == ReviewStatus.Rejected || _history.Count > 0 ? ReviewAction.Resubmitted : ReviewAction.Submitted;
        _findings.Clear();
        _findings.AddRange(findings);
        Status = ReviewStatus.Pending;
        SubmittedUtc = nowUtc;
        UpdatedUtc = nowUtc;
        _history.Add(new ReviewEntry(action, actorId, nowUtc, null));
        return Result.Success();
    }

    public Result Approve(Guid reviewerId, DateTime nowUtc)
    {
        if (Status != ReviewStatus.Pending) return Error.Conflict("该商品当前不在待审核状态");
        if (reviewerId == OwnerId) return Error.Forbidden("不能审核自己的商品");
        Status = ReviewStatus.Approved;
        RejectionReason = null;
        ForceDelistReason = null;
        ApprovedName = Name;
        ApprovedContentJson = JsonSerializer.Serialize(DraftContent, Json);
        ApprovedUtc = nowUtc;
        foreach (var sku in _skus) sku.MarkApproved();
        ListedCategoryId = CategoryId;
        ListedBrandId = BrandId;
        RefreshListPrice();
        UpdatedUtc = nowUtc;
        _history.Add(new ReviewEntry(ReviewAction.Approved, reviewerId, nowUtc, null));
        return Result.Success();
    }

    public Result Reject(Guid reviewerId, string? reason, DateTime nowUtc)
    {
        if (Status != ReviewStatus.Pending) return Error.Conflict("该商品当前不在待审核状态");
        if (reviewerId == OwnerId) return Error.Forbidden("不能审核自己的商品");
        if (string.IsNullOrWhiteSpace(reason)) return Error.Validation("Reason", "请填写驳回原因");
        if (reason.Trim().Length > MaxReasonLength) return Error.Validation("Reason", "驳回原因最多 500 个字");
        Status = ReviewStatus.Rejected;
        RejectionReason = reason.Trim();
        UpdatedUtc = nowUtc;
        _history.Add(new ReviewEntry(ReviewAction.Rejected, reviewerId, nowUtc, RejectionReason));
        return Result.Success();
    }

    public Result List(DateTime nowUtc)
    {
        if (!HasApprovedVersion) return Error.Conflict("商品通过审核后才能上架");
        if (ForceDelistReason is not null) return Error.Conflict("商品已被平台强制下架，修改并重新通过审核后才能上架");
        IsListed = true;
        UpdatedUtc = nowUtc;
        return Result.Success();
    }

    public Result Delist(DateTime nowUtc)
    {
        IsListed = false;
        UpdatedUtc = nowUtc;
        return Result.Success();
    }

    public Result ForceDelist(Guid adminId, string? reason, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(reason)) return Error.Validation("Reason", "请填写下架原因");
        if (reason.Trim().Length > MaxReasonLength) return Error.Validation("Reason", "下架原因最多 500 个字");
        IsListed = false;
        ForceDelistReason = reason.Trim();
        UpdatedUtc = nowUtc;
        _history.Add(new ReviewEntry(ReviewAction.ForceDelisted, adminId, nowUtc, ForceDelistReason));
        return Result.Success();
    }

    public void SetPromotion(bool hot, bool featured, DateTime nowUtc)
    {
        IsHot = hot;
        IsFeatured = featured;
        UpdatedUtc = nowUtc;
    }

    public const int MaxSearchTextLength = 1000;

    /// Fills the search columns from the approved version; called with the approval (and once for products approved
    /// before the columns existed). brandName: the approved brand's name; the shop's region and name are the owner's.
    public void IndexForSearch(string? brandName, string shopRegionCode, string shopName)
    {
        if (ApprovedContent is not { } content) return;
        ListedCategoryId = content.CategoryId;
        ListedBrandId = content.BrandId;
        var parts = new[] { content.Name, content.Tags, brandName ?? "" }.Concat(content.Skus.Select(s => s.Code));
        var text = string.Join("\n", parts.Where(p => p.Length > 0)).ToLowerInvariant();
        SearchText = text.Length > MaxSearchTextLength ? text[..MaxSearchTextLength] : text;
        ShopRegionCode = shopRegionCode;
        ShopName = shopName;
        RefreshListPrice();
    }

    /// Prices change without review, so every edit recomputes the lowest price of what is on sale.
    private void RefreshListPrice()
    {
        if (ApprovedContent is not { } content) return;
        var approvedCodes = content.Skus.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        ListPriceFen = _skus.Where(s => s.IsApproved && approvedCodes.Contains(s.Code)).Min(s => (long?)s.RetailPriceFen);
    }

    private void ContentChanged(DateTime nowUtc)
    {
        if (Status == ReviewStatus.Approved) Status = ReviewStatus.Draft;
        UpdatedUtc = nowUtc;
    }

    private void Renumber()
    {
        var n = 1;
        foreach (var image in _images.OrderBy(i => i.SortOrder)) image.SortOrder = n++;
    }
}
