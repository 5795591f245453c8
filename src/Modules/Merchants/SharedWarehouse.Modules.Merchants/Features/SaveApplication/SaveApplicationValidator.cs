using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Regions;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.Modules.Merchants.Domain;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Merchants.Features.SaveApplication;

internal sealed class SaveApplicationValidator : AbstractValidator<SaveApplication>
{
    public SaveApplicationValidator(IRegionCatalog regions, MerchantsDbContext db, TimeProvider time)
    {
        RuleFor(c => c.ShopName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithText("请填写店铺名称")
            .Must(n => n!.Trim().Length is >= 2 and <= 40).WithText("店铺名称为 2 到 40 个字")
            .MustAsync(async (c, name, ct) => !await NameTakenAsync(db, c.ApplicantId, name!, ct)).WithText("该店铺名称已被使用，请换一个");
        RuleFor(c => c.ShopType).NotNull().WithText("请选择店铺类型").IsInEnum().WithText("请选择店铺类型");
        RuleFor(c => c.BusinessScope).NotEmpty().WithText("请填写经营范围").MaximumLength(500).WithText("经营范围最多 {MaxLength} 个字");
        RuleFor(c => c.RegionCode).Must(regions.IsDistrict).WithText("请选择店铺所在省、市、区");
        RuleFor(c => c.LegalPersonName).NotEmpty().WithText("请填写法人姓名").MaximumLength(30).WithText("法人姓名最多 {MaxLength} 个字");
        RuleFor(c => c.IdNumber)
            .Must(id => ChineseIdNumber.Check(id, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)) == IdNumberCheck.Valid)
            .WithMessage(c => TextCatalog.Translate(IdNumberMessage(ChineseIdNumber.Check(c.IdNumber, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)))))
            .When(c => !string.IsNullOrWhiteSpace(c.IdNumber));
        RuleFor(c => c.LicenseImage).MustBeAcceptableImage(ImageRules.Documents);
        RuleFor(c => c.IdImage).MustBeAcceptableImage(ImageRules.Documents);
    }

    private static async Task<bool> NameTakenAsync(MerchantsDbContext db, Guid applicantId, string name, CancellationToken ct)
    {
        var normalized = MerchantApplication.Normalize(name);
        return await db.Shops.AnyAsync(s => s.NormalizedName == normalized && s.OwnerId != applicantId, ct)
            || await db.Applications.AnyAsync(a => a.NormalizedShopName == normalized && a.ApplicantId != applicantId, ct);
    }

    private static string IdNumberMessage(IdNumberCheck check) => check switch
    {
        IdNumberCheck.WrongLength => "身份证号应为 18 位",
        IdNumberCheck.InvalidCharacters => "身份证号只能包含数字，最后一位可以是 X",
        IdNumberCheck.InvalidBirthDate => "身份证号中的出生日期无效",
        IdNumberCheck.WrongCheckDigit => "身份证号校验位不正确，请核对",
        _ => "请填写身份证号",
    };
}
