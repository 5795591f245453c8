using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using SharedWarehouse.BuildingBlocks.Localization;

namespace SharedWarehouse.Web.Setup;

/// Every message model binding can put next to a field, in the page's language. The framework's defaults are
/// English sentences naming the C# property ("The value 'abc' is not valid for Latitude."), which a zh-CN
/// merchant must never see. Commands do the real validation; these only cover input that cannot be bound.
internal static class LocalizedModelBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        string Required() => TextCatalog.Translate("请填写此项");
        string Invalid() => TextCatalog.Translate("格式不正确");
        string Number() => TextCatalog.Translate("请填写数字");
        messages.SetMissingBindRequiredValueAccessor(_ => Required());
        messages.SetMissingKeyOrValueAccessor(Required);
        messages.SetMissingRequestBodyRequiredValueAccessor(Required);
        messages.SetValueMustNotBeNullAccessor(_ => Required());
        messages.SetAttemptedValueIsInvalidAccessor((_, _) => Invalid());
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => Invalid());
        messages.SetUnknownValueIsInvalidAccessor(_ => Invalid());
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(Invalid);
        messages.SetValueIsInvalidAccessor(_ => Invalid());
        messages.SetValueMustBeANumberAccessor(_ => Number());
        messages.SetNonPropertyValueMustBeANumberAccessor(Number);
    }
}
