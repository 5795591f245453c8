using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;

namespace SharedWarehouse.Web.Setup;

/// The form tag helper leaves the antiforgery token out of a form with a literal action="/…" (it might post
/// to another site); every form here posts to this app, which validates tokens on every POST. So every form
/// carries the token unless it says asp-antiforgery="false" (GET forms must, or the token lands in the URL).
internal sealed class FormAntiforgeryByDefault : ITagHelperInitializer<FormTagHelper>
{
    public void Initialize(FormTagHelper helper, ViewContext context) => helper.Antiforgery ??= true;
}
