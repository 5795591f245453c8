using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;

namespace SharedWarehouse.BuildingBlocks.Web;

/// Marks a posted form that had values model binding could not read (letters in a number field, a date that
/// is not a date). The field keeps what was typed and shows the binding message; the property it was meant for
/// is left empty, so a command run on it would act on something the user did not enter (a warehouse saved
/// without the latitude typed as letters). UnreadableFormValuesBehavior refuses commands on such a request.
public sealed class UnreadableFormValues
{
    private UnreadableFormValues() { }

    public static bool In(HttpContext? context) => context?.Features.Get<UnreadableFormValues>() is not null;

    /// Global MVC filter: runs after binding, before the action.
    public sealed class Filter : IActionFilter
    {
        public void OnActionExecuting(ActionExecutingContext context)
        {
            if (HttpMethods.IsGet(context.HttpContext.Request.Method) || HttpMethods.IsHead(context.HttpContext.Request.Method)) return;
            if (context.ModelState.ErrorCount > 0) context.HttpContext.Features.Set(new UnreadableFormValues());
        }

        public void OnActionExecuted(ActionExecutedContext context) { }
    }
}
