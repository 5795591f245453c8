using FluentValidation;

namespace SharedWarehouse.BuildingBlocks.Localization;

public static class ValidatorLocalization
{
    /// Translates the message template when the rule fails (on the request's UI culture), before
    /// FluentValidation fills placeholders such as {MaxLength}.
    public static IRuleBuilderOptions<T, TProperty> WithText<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string zhText) =>
        rule.WithMessage(_ => TextCatalog.Translate(zhText));
}
