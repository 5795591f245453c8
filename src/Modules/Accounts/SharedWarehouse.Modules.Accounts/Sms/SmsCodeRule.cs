using FluentValidation;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.Modules.Accounts.Domain;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Accounts.Sms;

internal static class SmsCodeRule
{
    /// Checks the code against the latest one sent to the phone; skipped while the phone itself is invalid.
    public static void MustMatchSmsCode<T>(this IRuleBuilderInitial<T, string> rule, SmsCodes codes, Func<T, string> phone, SmsPurpose purpose) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithText("请输入短信验证码")
            .CustomAsync(async (code, context, ct) =>
            {
                var number = phone(context.InstanceToValidate);
                if (!MainlandMobile.IsValid(number)) return;
                var check = await codes.CheckAsync(MainlandMobile.Normalize(number), purpose, code, ct);
                if (check != SmsCodeCheck.Ok) context.AddFailure(context.PropertyPath, TextCatalog.Translate(SmsCodes.MessageFor(check)));
            });
}
