using FluentValidation;
using SharedWarehouse.BuildingBlocks.Localization;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Notifications.Contracts;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Features.Review;

/// CleanOnly: the batch approval of the review queue, which passes only products the automatic check found nothing
/// in; a flagged one must be opened and judged on its own.
public sealed record ApproveProduct(Guid ReviewerId, Guid ProductId, bool CleanOnly = false) : ICommand;

public sealed record RejectProduct(Guid ReviewerId, Guid ProductId, string? Reason) : ICommand;

/// An admin takes a product off sale; the merchant is told why.
public sealed record ForceDelistProduct(Guid AdminId, Guid ProductId, string? Reason) : ICommand;

/// Hot-push (home page) and featured (ad slots) flags; only admins set them.
public sealed record SetProductPromotion(Guid AdminId, Guid ProductId, bool Hot, bool Featured) : ICommand;

internal sealed class RejectProductValidator : AbstractValidator<RejectProduct>
{
    public RejectProductValidator() =>
        RuleFor(c => c.Reason).NotEmpty().WithText("请填写驳回原因").MaximumLength(Product.MaxReasonLength).WithText("驳回原因最多 {MaxLength} 个字");
}

internal sealed class ForceDelistProductValidator : AbstractValidator<ForceDelistProduct>
{
    public ForceDelistProductValidator() =>
        RuleFor(c => c.Reason).NotEmpty().WithText("请填写下架原因").MaximumLength(Product.MaxReasonLength).WithText("下架原因最多 {MaxLength} 个字");
}

internal sealed class DecisionsHandler(CatalogDbContext db, TimeProvider time, Storefront.SearchIndexing search)
    : IRequestHandler<ApproveProduct, Result>, IRequestHandler<RejectProduct, Result>,
      IRequestHandler<ForceDelistProduct, Result>, IRequestHandler<SetProductPromotion, Result>
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<Result> Handle(ApproveProduct command, CancellationToken ct)
    {
        if (await LoadAsync(command.ProductId, ct) is not { } product) return Error.NotFound();
        if (command.CleanOnly && product.Findings.Count > 0) return Error.Validation("Findings", "自动检查发现问题的商品需逐个审核");
        var approved = product.Approve(command.ReviewerId, Now);
        if (approved.IsSuccess) await search.IndexAsync([product], ct);
        if (approved.IsSuccess)
            Notify(product, "商品审核通过", "您的商品「{0}」已通过审核，可以上架销售。", [product.Name]);
        return approved;
    }

    public async Task<Result> Handle(RejectProduct command, CancellationToken ct)
    {
        if (await LoadAsync(command.ProductId, ct) is not { } product) return Error.NotFound();
        var rejected = product.Reject(command.ReviewerId, command.Reason, Now);
        if (rejected.IsSuccess)
            Notify(product, "商品审核未通过", "您的商品「{0}」未通过审核，原因：{1}。修改后可重新提交。", [product.Name, product.RejectionReason!]);
        return rejected;
    }

    public async Task<Result> Handle(ForceDelistProduct command, CancellationToken ct)
    {
        if (await LoadAsync(command.ProductId, ct) is not { } product) return Error.NotFound();
        var delisted = product.ForceDelist(command.AdminId, command.Reason, Now);
        if (delisted.IsSuccess)
            Notify(product, "商品被平台下架", "您的商品「{0}」已被平台下架，原因：{1}。", [product.ApprovedName ?? product.Name, product.ForceDelistReason!]);
        return delisted;
    }

    public async Task<Result> Handle(SetProductPromotion command, CancellationToken ct)
    {
        if (await db.Products.FirstOrDefaultAsync(p => p.Id == command.ProductId, ct) is not { } product) return Error.NotFound();
        product.SetPromotion(command.Hot, command.Featured, Now);
        return Result.Success();
    }

    private Task<Product?> LoadAsync(Guid id, CancellationToken ct) => db.FullProducts.FirstOrDefaultAsync(p => p.Id == id, ct);

    private void Notify(Product product, string title, string body, string[] args) =>
        db.Publish(new UserNotificationRequested(Guid.CreateVersion7(), product.OwnerId, title, body, args, $"/merchant/products/{product.Id}"));
}
