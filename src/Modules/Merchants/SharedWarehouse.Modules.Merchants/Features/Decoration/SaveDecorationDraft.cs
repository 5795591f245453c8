using FluentValidation;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.Modules.Merchants.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Merchants.Features.Decoration;

/// An existing banner as the form sends it back: Id names a banner of the owner's own draft (never a file),
/// Order is what was typed (checked here, so a typo comes back next to its field).
public sealed record BannerEdit(Guid Id, string? Link, string? Order, bool Remove);

/// Saves the owner's draft. New images replace the old ones; a banner is added with NewBanner. Nothing buyers
/// see changes until the draft is published.
public sealed record SaveDecorationDraft(
    Guid OwnerId,
    string? Intro,
    UploadedImage? Logo,
    bool RemoveLogo,
    UploadedImage? DoorHead,
    bool RemoveDoorHead,
    IReadOnlyList<BannerEdit> Banners,
    UploadedImage? NewBanner,
    string? NewBannerLink,
    string? NewBannerOrder,
    IReadOnlyList<Guid> HotProductIds,
    IReadOnlyList<Guid> FeaturedProductIds) : ICommand;

internal sealed class SaveDecorationDraftValidator : AbstractValidator<SaveDecorationDraft>
{
    public SaveDecorationDraftValidator()
    {
        RuleFor(c => c.Intro).MaximumLength(DecorationContent.MaxIntroLength).WithText("店铺简介最多 {MaxLength} 个字");
        RuleFor(c => c.Logo).MustBeAcceptableImage(ImageRules.Documents);
        RuleFor(c => c.DoorHead).MustBeAcceptableImage(ImageRules.Documents);
        RuleFor(c => c.NewBanner).MustBeAcceptableImage(ImageRules.Documents);
        RuleForEach(c => c.Banners).ChildRules(b =>
        {
            b.RuleFor(x => x.Link).Must(DecorationContent.IsValidLink).WithText("链接须为以 / 开头的站内路径或 https 地址").When(x => !x.Remove);
            b.RuleFor(x => x.Order).Must(IsValidOrder).WithText("排序须为 1 到 99 的整数").When(x => !x.Remove);
        });
        RuleFor(c => c.NewBannerLink).Must(DecorationContent.IsValidLink).WithText("链接须为以 / 开头的站内路径或 https 地址")
            .When(c => c.NewBanner is not null);
        RuleFor(c => c.NewBannerOrder).Must(IsValidOrder).WithText("排序须为 1 到 99 的整数")
            .When(c => c.NewBanner is not null && !string.IsNullOrWhiteSpace(c.NewBannerOrder));
        RuleFor(c => c.NewBanner).NotNull().WithText("请选择要上传的广告图")
            .When(c => !string.IsNullOrWhiteSpace(c.NewBannerLink));
    }

    public static bool IsValidOrder(string? order) => int.TryParse(order?.Trim(), out var n) && n is >= 1 and <= 99;
}

internal sealed class SaveDecorationDraftHandler(MerchantsDbContext db, IShopProductsOnSale products, IFileStore files, TimeProvider time)
    : IRequestHandler<SaveDecorationDraft, Result>
{
    private const string Folder = "shop-decorations";

    public async Task<Result> Handle(SaveDecorationDraft command, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var decoration = await db.OwnDecorationAsync(command.OwnerId, ct);
        if (decoration is null) return Error.Conflict("请先选择店铺模板");
        var draft = decoration.Draft;

        // A banner id that is not in this shop's own draft (another shop's, a stale page) is refused as a whole.
        var existing = draft.Banners.ToDictionary(b => b.Id);
        if (command.Banners.Any(b => !existing.ContainsKey(b.Id))) return Error.Validation("Banners", "找不到该广告图，请刷新页面后重试");
        var edits = command.Banners.ToDictionary(b => b.Id);
        var banners = draft.Banners
            .Where(b => !(edits.TryGetValue(b.Id, out var e) && e.Remove))
            .Select(b => edits.TryGetValue(b.Id, out var e) ? b with { Link = e.Link!.Trim(), Order = int.Parse(e.Order!.Trim()) } : b)
            .ToList();
        if (command.NewBanner is not null && banners.Count >= DecorationContent.MaxBanners)
            return Error.Validation("NewBanner", "广告图最多 {0} 张", DecorationContent.MaxBanners);

        var content = draft with
        {
            Intro = command.Intro?.Trim() ?? "",
            LogoImage = command.RemoveLogo ? null : draft.LogoImage,
            DoorHeadImage = command.RemoveDoorHead ? null : draft.DoorHeadImage,
            Banners = banners,
            HotProductIds = command.HotProductIds.ToList(),
            FeaturedProductIds = command.FeaturedProductIds.ToList(),
        };
        var chosen = command.HotProductIds.Concat(command.FeaturedProductIds).Distinct().ToList();
        var onSale = await products.WhichAreOnSaleAsync(decoration.ShopId, chosen, ct);
        // Every rule first: files are stored only for a draft that will be saved.
        if (content.Check(onSale) is { IsFailure: true } refused) return refused;

        if (command.Logo is not null) content = content with { LogoImage = await StoreAsync(command.Logo, ct) };
        if (command.DoorHead is not null) content = content with { DoorHeadImage = await StoreAsync(command.DoorHead, ct) };
        if (command.NewBanner is not null)
        {
            var order = string.IsNullOrWhiteSpace(command.NewBannerOrder) ? banners.Select(b => b.Order).DefaultIfEmpty(0).Max() + 1
                : int.Parse(command.NewBannerOrder.Trim());
            var banner = new DecorationBanner(Guid.CreateVersion7(), await StoreAsync(command.NewBanner, ct), command.NewBannerLink!.Trim(), Math.Min(order, 99));
            content = content with { Banners = [.. banners, banner] };
        }
        return decoration.SaveDraft(content, onSale, now);
    }

    private Task<string> StoreAsync(UploadedImage image, CancellationToken ct) =>
        files.SaveAsync(Folder, image.Content, image.Inspect().Format.ToFileExtension(), ct);
}
