using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Localization;

namespace SharedWarehouse.Web.Controllers;

[Route("culture")]
public sealed class CultureController : Controller
{
    [HttpPost("")]
    public IActionResult Set([FromForm] string culture, [FromForm] string? returnUrl)
    {
        if (TextCatalog.SupportedCultures.Contains(culture))
            Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
