namespace SharedWarehouse.Modules.Catalog.Features.ShopProducts;

/// <summary>A product a shop has on sale, as shop pages show it: the approved name, the lowest price of its approved
/// SKUs (fen) and the public address of its first approved image (null when it has none).</summary>
public sealed record ShopProduct(Guid ProductId, Guid ShopId, string Name, long LowestPriceFen, string? ImageUrl);
