using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace SharedWarehouse.Web.Setup;

/// Ties a field's error message to the field for screen readers, in every form of every module at once: the
/// message element of `asp-validation-for="X"` gets the id "X-error", and an `asp-for="X"` input, select or
/// textarea whose value was refused gets aria-invalid="true" and aria-describedby="X-error" (kept after any
/// description the view gives). Done in the generator the tag helpers call, because a tag helper would have
/// to be imported into each module's _ViewImports.
internal sealed class FieldErrorsHtmlGenerator(
    IAntiforgery antiforgery,
    IOptions<MvcViewOptions> options,
    Microsoft.AspNetCore.Mvc.ModelBinding.IModelMetadataProvider metadataProvider,
    IUrlHelperFactory urlHelperFactory,
    HtmlEncoder htmlEncoder,
    ValidationHtmlAttributeProvider validationAttributeProvider)
    : DefaultHtmlGenerator(antiforgery, options, metadataProvider, urlHelperFactory, htmlEncoder, validationAttributeProvider)
{
    private readonly string _dotReplacement = options.Value.HtmlHelperOptions.IdAttributeDotReplacement;

    /// The id of the element holding the field's message.
    public static string MessageId(string fullName, string dotReplacement) =>
        TagBuilder.CreateSanitizedId(fullName, dotReplacement) + "-error";

    protected override void AddValidationAttributes(ViewContext viewContext, TagBuilder tagBuilder, ModelExplorer modelExplorer, string expression)
    {
        base.AddValidationAttributes(viewContext, tagBuilder, modelExplorer, expression);
        var fullName = viewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression);
        if (string.IsNullOrEmpty(fullName)) return;
        if (!viewContext.ViewData.ModelState.TryGetValue(fullName, out var entry) || entry.Errors.Count == 0) return;
        tagBuilder.MergeAttribute("aria-invalid", "true", replaceExisting: true);
        var messageId = MessageId(fullName, _dotReplacement);
        var described = tagBuilder.Attributes.TryGetValue("aria-describedby", out var existing) && !string.IsNullOrWhiteSpace(existing)
            ? existing + " " + messageId
            : messageId;
        tagBuilder.MergeAttribute("aria-describedby", described, replaceExisting: true);
    }

    public override TagBuilder GenerateValidationMessage(ViewContext viewContext, ModelExplorer modelExplorer, string expression,
        string message, string tag, object htmlAttributes)
    {
        var builder = base.GenerateValidationMessage(viewContext, modelExplorer, expression, message, tag, htmlAttributes);
        var fullName = viewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression);
        if (builder is not null && !string.IsNullOrEmpty(fullName) && !builder.Attributes.ContainsKey("id"))
            builder.MergeAttribute("id", MessageId(fullName, _dotReplacement));
        return builder!;
    }
}
