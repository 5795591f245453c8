using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace SharedWarehouse.Web.Setup;

/// MVC marks every non-nullable value type (a bool check box, an int) as required and writes a client rule for it,
/// data-val-required="The RememberMe field is required.", in English whatever the page's language. The pages
/// serve no client validation script and the commands decide what is required (their messages are localised and
/// shown next to the field), so such a rule is only stray English in a zh-CN form. Explicit attributes still count.
internal sealed class NothingImplicitlyRequired : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        if (context.Key.ModelType.IsValueType && !context.ValidationMetadata.ValidatorMetadata.OfType<System.ComponentModel.DataAnnotations.RequiredAttribute>().Any())
            context.ValidationMetadata.IsRequired = false;
    }
}
