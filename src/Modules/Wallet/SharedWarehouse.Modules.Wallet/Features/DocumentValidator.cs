using FluentValidation;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.Modules.Wallet.Contracts;

namespace SharedWarehouse.Modules.Wallet.Features;

internal sealed class DocumentValidator : AbstractValidator<WalletDocument>
{
    public DocumentValidator()
    {
        RuleFor(d => d.Type).NotEmpty().WithText("缺少关联单据").MaximumLength(40).WithText("关联单据编号过长");
        RuleFor(d => d.Id).NotEmpty().WithText("缺少关联单据").MaximumLength(100).WithText("关联单据编号过长");
    }
}
