using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.BuildingBlocks.Web;

/// How a flash message looks: a done action (green), something done only in part (amber), or a refusal (red,
/// announced at once by screen readers).
public enum FlashKind { Success, Warning, Error }

/// A flash message as the page shows it: the zh-CN key, its arguments ({0}, {1} …, formatted after translation)
/// and its kind.
public sealed record Flash(string Message, IReadOnlyList<string> Args, FlashKind Kind);

/// A one-line message shown once on the page an action redirects to (post/redirect/get), carried across the
/// redirect in TempData. The text is a zh-CN localisation key with its arguments: the layout's _Flash partial
/// translates and formats it when it is shown, so the reader sees it in the language of the page it appears on.
public static class FlashMessages
{
    private const string Key = "Flash", KindKey = "FlashKind", ArgsKey = "FlashArgs";

    public static void Flash(this Controller controller, string message, FlashKind kind = FlashKind.Success, params object[] args)
    {
        controller.TempData[Key] = message;
        controller.TempData[KindKey] = kind.ToString();
        // TempData keeps simple values only; numbers are written invariantly, as the message's own arguments are.
        controller.TempData[ArgsKey] = args.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "").ToArray();
    }

    /// The success text when the command succeeded, else its first error (with its arguments) as a refusal.
    public static void Flash(this Controller controller, Result result, string success)
    {
        if (result.IsSuccess) controller.Flash(success);
        else controller.Flash(result.Errors[0]);
    }

    /// An error of a command as a refusal.
    public static void Flash(this Controller controller, Error error) => controller.Flash(error.Message, FlashKind.Error, error.Args);

    /// The message waiting for this page, if any; reading it marks it for removal, so it shows once.
    public static Flash? TakeFlash(this ITempDataDictionary tempData) =>
        tempData[Key] is string message
            ? new Flash(message, tempData[ArgsKey] as string[] ?? [], Enum.TryParse<FlashKind>(tempData[KindKey] as string, out var kind) ? kind : FlashKind.Success)
            : null;
}
