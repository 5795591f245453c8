using Microsoft.AspNetCore.Mvc;

namespace SharedWarehouse.Web.Controllers;

[Route("error")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController : Controller
{
    /// Shows the correlation id that is on the failed request's log lines (the exception handler logged
    /// the error with it), so support can find them.
    [Route("")]
    [IgnoreAntiforgeryToken]
    public IActionResult Index()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("Error", new ErrorViewModel(500, HttpContext.TraceIdentifier));
    }

    [Route("{status:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Status(int status) => View("Error", new ErrorViewModel(status, HttpContext.TraceIdentifier));
}

public sealed record ErrorViewModel(int Status, string CorrelationId);
