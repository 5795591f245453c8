using FluentValidation;
using SharedWarehouse.BuildingBlocks.Localization;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.Modules.Catalog.Data;
using SharedWarehouse.Modules.Catalog.Domain;
using SharedWarehouse.Modules.Catalog.Features.Queries;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Catalog.Features.Setup;

public sealed record CreateCategory(string? Name, Guid? ParentId, int SortOrder) : ICommand<Guid>;

public sealed record UpdateCategory(Guid CategoryId, string? Name, int SortOrder) : ICommand;

public sealed record AddCategoryAttribute(Guid CategoryId, string? Name, AttributeType Type, string? Unit, bool Required) : ICommand;

public sealed record RemoveCategoryAttribute(Guid CategoryId, Guid AttributeId) : ICommand;

public sealed record CreateBrand(string? Name) : ICommand<Guid>;

internal sealed class CreateCategoryValidator : AbstractValidator<CreateCategory>
{
    public CreateCategoryValidator() =>
        RuleFor(c => c.Name).NotEmpty().WithText("请填写类目名称").MaximumLength(Category.MaxNameLength).WithText("类目名称最多 {MaxLength} 个字");
}

internal sealed class UpdateCategoryValidator : AbstractValidator<UpdateCategory>
{
    public UpdateCategoryValidator() =>
        RuleFor(c => c.Name).NotEmpty().WithText("请填写类目名称").MaximumLength(Category.MaxNameLength).WithText("类目名称最多 {MaxLength} 个字");
}

internal sealed class AddCategoryAttributeValidator : AbstractValidator<AddCategoryAttribute>
{
    public AddCategoryAttributeValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithText("请填写属性名称").MaximumLength(20).WithText("属性名称最多 {MaxLength} 个字");
        RuleFor(c => c.Type).IsInEnum().WithText("请选择属性类型");
        RuleFor(c => c.Unit).MaximumLength(10).WithText("单位最多 {MaxLength} 个字");
    }
}

internal sealed class CreateBrandValidator : AbstractValidator<CreateBrand>
{
    public CreateBrandValidator() =>
        RuleFor(c => c.Name).NotEmpty().WithText("请填写品牌名称").MaximumLength(40).WithText("品牌名称最多 {MaxLength} 个字");
}

/// Every command here changes the category tree or the brand list, so each first drops the cached copies.
internal sealed class CatalogSetupHandler(CatalogDbContext db, CatalogReferenceCache cache)
    : IRequestHandler<CreateCategory, Result<Guid>>, IRequestHandler<UpdateCategory, Result>,
      IRequestHandler<AddCategoryAttribute, Result>, IRequestHandler<RemoveCategoryAttribute, Result>, IRequestHandler<CreateBrand, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(CreateCategory command, CancellationToken ct)
    {
        cache.Invalidate();
        if (command.ParentId is { } parentId && !await db.Categories.AnyAsync(c => c.Id == parentId, ct))
            return Error.Validation(nameof(command.ParentId), "上级类目不存在");
        var name = command.Name!.Trim();
        if (await db.Categories.AnyAsync(c => c.ParentId == command.ParentId && c.Name == name, ct))
            return Error.Validation(nameof(command.Name), "同级已有同名类目");
        var category = Category.Create(name, command.ParentId, command.SortOrder);
        db.Categories.Add(category);
        return category.Id;
    }

    public async Task<Result> Handle(UpdateCategory command, CancellationToken ct)
    {
        cache.Invalidate();
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == command.CategoryId, ct);
        if (category is null) return Error.NotFound();
        var name = command.Name!.Trim();
        if (await db.Categories.AnyAsync(c => c.ParentId == category.ParentId && c.Name == name && c.Id != category.Id, ct))
            return Error.Validation(nameof(command.Name), "同级已有同名类目");
        category.Rename(name, command.SortOrder);
        return Result.Success();
    }

    public async Task<Result> Handle(AddCategoryAttribute command, CancellationToken ct)
    {
        cache.Invalidate();
        var category = await db.Categories.Include(c => c.Attributes).FirstOrDefaultAsync(c => c.Id == command.CategoryId, ct);
        return category is null ? Error.NotFound() : category.AddAttribute(command.Name!, command.Type, command.Unit, command.Required);
    }

    public async Task<Result> Handle(RemoveCategoryAttribute command, CancellationToken ct)
    {
        cache.Invalidate();
        var category = await db.Categories.Include(c => c.Attributes).FirstOrDefaultAsync(c => c.Id == command.CategoryId, ct);
        if (category is null) return Error.NotFound();
        category.RemoveAttribute(command.AttributeId);
        return Result.Success();
    }

    public async Task<Result<Guid>> Handle(CreateBrand command, CancellationToken ct)
    {
        cache.Invalidate();
        var brand = Brand.Create(command.Name!);
        if (await db.Brands.AnyAsync(b => b.NormalizedName == brand.NormalizedName, ct)) return Error.Validation(nameof(command.Name), "该品牌已存在");
        db.Brands.Add(brand);
        return brand.Id;
    }
}
