using Microsoft.AspNetCore.Mvc.ModelBinding;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.BuildingBlocks.Web;

public static class ModelStateExtensions
{
    /// Puts each error next to its field (errors without a field go to the summary at the top).
    public static void AddResultErrors(this ModelStateDictionary modelState, Result result, string prefix = "")
    {
        foreach (var error in result.Errors)
        {
            var key = error.Field.Length == 0 ? "" : prefix.Length == 0 ? error.Field : $"{prefix}.{error.Field}";
            var text = TextCatalog.Translate(error.Message);
            modelState.AddModelError(key, error.Args.Length == 0 ? text : string.Format(System.Globalization.CultureInfo.CurrentCulture, text, error.Args));
        }
    }
}
