using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using SharedWarehouse.Modules.Accounts.Sms;

namespace SharedWarehouse.Modules.Accounts.Areas.Storefront.Controllers;

/// Development only: what the SMS simulator "sent". In any other environment it does not exist (404)
/// unless Sms:ShowSimulatorPage is set for a test environment.
[Area("Storefront")]
[Route("dev/sms")]
public sealed class DevSmsController(SimulatedSmsSender simulator, IHostEnvironment environment, IConfiguration configuration) : Controller
{
    [HttpGet("")]
    public IActionResult Index()
    {
        if (!environment.IsDevelopment() && !configuration.GetValue<bool>("Sms:ShowSimulatorPage")) return NotFound();
        return View(simulator.Recent);
    }
}
