namespace SharedWarehouse.Modules.Catalog.Web;

/// The product list's batch bar: the ticked products and what to do with them.
public sealed class ProductBatchInput
{
    public List<Guid> Ids { get; set; } = [];
    /// "list" (上架), "delist" (下架) or "submit" (提交审核).
    public string? Action { get; set; }
    /// The list with its filters and page, to come back to.
    public string? ReturnUrl { get; set; }
}

/// The review queue's batch bar: the ticked products to approve.
public sealed class ReviewBatchInput
{
    public List<Guid> Ids { get; set; } = [];
}
