using System.Security.Cryptography;
using FluentValidation;
using SharedWarehouse.BuildingBlocks.Localization;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Merchants.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Features.ProductImages;

/// Adds images (checked like onboarding uploads) to the end of the owner's product; the first is the cover.
public sealed record AddProductImages(Guid OwnerId, Guid ProductId, IReadOnlyList<UploadedImage> Images) : ICommand;

public sealed record RemoveProductImage(Guid OwnerId, Guid ProductId, Guid ImageId) : ICommand;

public sealed record MoveProductImageUp(Guid OwnerId, Guid ProductId, Guid ImageId) : ICommand;

internal sealed class AddProductImagesValidator : AbstractValidator<AddProductImages>
{
    public AddProductImagesValidator()
    {
        RuleFor(c => c.Images).NotEmpty().WithText("请选择要上传的图片");
        RuleFor(c => c.Images).Custom((images, context) =>
        {
            // One message per distinct problem, on the file input.
            foreach (var check in (images ?? []).Select(i => i.Check(ContentRules.ProductImages)).Where(c => c != ImageCheck.Ok).Distinct())
                context.AddFailure("Images", TextCatalog.Translate(UploadedImage.MessageFor(check)));
        });
    }
}

internal sealed class ProductImagesHandler(CatalogDbContext db, IShopAccess shops, IFileStore files, TimeProvider time)
    : IRequestHandler<AddProductImages, Result>, IRequestHandler<RemoveProductImage, Result>, IRequestHandler<MoveProductImageUp, Result>
{
    public async Task<Result> Handle(AddProductImages command, CancellationToken ct)
    {
        var product = await LoadAsync(command.OwnerId, command.ProductId, ct);
        if (product is null) return Error.NotFound();
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var image in command.Images)
        {
            var inspection = image.Inspect();
            // Stored files are never deleted: an approved snapshot may still show them.
            var stored = await files.SaveAsync("catalog", image.Content, inspection.Format.ToFileExtension(), ct);
            var hash = Convert.ToHexStringLower(SHA256.HashData(image.Content));
            var added = product.AddImage(new ProductImage(stored, hash, image.Content.Length, inspection.Width, inspection.Height, inspection.Format.ToString(), 0), now);
            if (added.IsFailure) return added;
        }
        return Result.Success();
    }

    public async Task<Result> Handle(RemoveProductImage command, CancellationToken ct) =>
        await LoadAsync(command.OwnerId, command.ProductId, ct) is { } p ? p.RemoveImage(command.ImageId, time.GetUtcNow().UtcDateTime) : Error.NotFound();

    public async Task<Result> Handle(MoveProductImageUp command, CancellationToken ct) =>
        await LoadAsync(command.OwnerId, command.ProductId, ct) is { } p ? p.MoveImageUp(command.ImageId, time.GetUtcNow().UtcDateTime) : Error.NotFound();

    private async Task<Product?> LoadAsync(Guid ownerId, Guid productId, CancellationToken ct) =>
        await shops.ActingShopIdAsync(ownerId, ct) is { } shopId
            ? await db.FullProducts.FirstOrDefaultAsync(p => p.Id == productId && p.ShopId == shopId, ct)
            : null;
}
