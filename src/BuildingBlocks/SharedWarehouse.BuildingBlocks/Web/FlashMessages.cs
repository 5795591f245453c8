using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace SharedWarehouse.BuildingBlocks.Web;

/// A one-line message shown once on the page an action redirects to (post/redirect/get), carried across the
/// redirect in TempData. The text is a zh-CN localisation key: the layout's _Flash partial translates it when it
/// is shown, so the reader sees it in the language of the page it appears on.
public static class FlashMessages
{
    private const string Key = "Flash";

    public static void Flash(this Controller controller, string message) => controller.TempData[Key] = message;

    /// The message waiting for this page, if any; reading it marks it for removal, so it shows once.
    public static string? TakeFlash(this ITempDataDictionary tempData) => tempData[Key] as string;
}
