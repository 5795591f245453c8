using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Accounts.Contracts;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.Modules.Merchants.Domain;

namespace SharedWarehouse.Modules.Merchants.Features.Decoration;

/// The owner's decoration editor; null when the user has no shop.
public sealed record GetDecorationEditor(Guid OwnerId) : IQuery<DecorationEditor?>;

/// The public shop page from the published version (or the plain default page); null for an unknown shop.
public sealed record GetShopPage(Guid ShopId) : IQuery<ShopPageView?>;

/// The owner's draft rendered as buyers would see it once published; null without a shop or a draft.
public sealed record GetDecorationPreview(Guid OwnerId) : IQuery<ShopPageView?>;

/// A stored decoration image: for buyers only while the published version shows it (OwnerId null, ShopId set);
/// for the owner any image of their own draft or versions (OwnerId set). Anything else is null, as if missing.
public sealed record FindDecorationImage(Guid? OwnerId, Guid? ShopId, string FileName) : IQuery<string?>;

internal sealed class DecorationQueriesHandler(MerchantsDbContext db, IAccountDirectory accounts)
    : IRequestHandler<GetDecorationEditor, DecorationEditor?>, IRequestHandler<GetShopPage, ShopPageView?>,
      IRequestHandler<GetDecorationPreview, ShopPageView?>, IRequestHandler<FindDecorationImage, string?>
{
    public async Task<DecorationEditor?> Handle(GetDecorationEditor query, CancellationToken ct)
    {
        var shopId = await db.ActingShopIdAsync(query.OwnerId, ct);
        var shop = await db.Shops.AsNoTracking().FirstOrDefaultAsync(s => s.Id == shopId, ct);
        if (shop is null) return null;
        var decoration = await Load().FirstOrDefaultAsync(d => d.ShopId == shop.Id, ct);
        if (decoration is null) return new DecorationEditor(shop.Id, shop.Name, null, null, true, []);
        var people = await accounts.FindAsync(decoration.Versions.Select(v => v.PublishedBy).Distinct().ToList(), ct);
        var versions = decoration.Versions.OrderByDescending(v => v.Number).Select(v => new VersionView(v.Id, v.Number,
            people.TryGetValue(v.PublishedBy, out var p) ? $"{p.DisplayName} ({p.MaskedPhone})" : v.PublishedBy.ToString()[..8],
            v.PublishedUtc, v.Number == decoration.PublishedNumber)).ToList();
        return new DecorationEditor(shop.Id, shop.Name, decoration.Draft, decoration.PublishedNumber, decoration.HasUnpublishedChanges, versions);
    }

    public async Task<ShopPageView?> Handle(GetShopPage query, CancellationToken ct)
    {
        var shop = await db.Shops.AsNoTracking().FirstOrDefaultAsync(s => s.Id == query.ShopId, ct);
        if (shop is null) return null;
        var published = (await Load().FirstOrDefaultAsync(d => d.ShopId == shop.Id, ct))?.Published?.Content;
        return Build(shop, published, name => DecorationImages.PublicUrl(shop.Id, name), preview: false);
    }

    public async Task<ShopPageView?> Handle(GetDecorationPreview query, CancellationToken ct)
    {
        var shopId = await db.ActingShopIdAsync(query.OwnerId, ct);
        var shop = await db.Shops.AsNoTracking().FirstOrDefaultAsync(s => s.Id == shopId, ct);
        if (shop is null) return null;
        var decoration = await Load().FirstOrDefaultAsync(d => d.ShopId == shop.Id, ct);
        if (decoration is null) return null;
        return Build(shop, decoration.Draft, DecorationImages.OwnerUrl, preview: true);
    }

    public async Task<string?> Handle(FindDecorationImage query, CancellationToken ct)
    {
        var shopId = query.OwnerId is { } ownerId ? await db.ActingShopIdAsync(ownerId, ct) : query.ShopId;
        if (shopId is null) return null;
        var decoration = await Load().FirstOrDefaultAsync(d => d.ShopId == shopId, ct);
        if (decoration is null) return null;
        var visible = query.OwnerId is null
            ? decoration.Published?.Content.Images() ?? []
            : decoration.Draft.Images().Concat(decoration.Versions.SelectMany(v => v.Content.Images()));
        return visible.FirstOrDefault(name => DecorationImages.FileName(name) == query.FileName);
    }

    private IQueryable<ShopDecoration> Load() => db.Decorations.AsNoTracking().Include(d => d.Versions);

    /// The one place a shop page is put together, for buyers and for the preview alike.
    private static ShopPageView Build(Shop shop, DecorationContent? content, Func<string, string> imageUrl, bool preview)
    {
        if (content is null) return new ShopPageView(shop.Id, shop.Name, shop.RegionCode, null, "", null, null, [], [], [], preview);
        return new ShopPageView(shop.Id, shop.Name, shop.RegionCode, content.TemplateKey, content.Intro,
            content.LogoImage is null ? null : imageUrl(content.LogoImage),
            content.DoorHeadImage is null ? null : imageUrl(content.DoorHeadImage),
            content.Banners.Select(b => new BannerView(imageUrl(b.Image), b.Link)).ToList(),
            content.FeaturedProductIds, content.HotProductIds, preview);
    }
}
