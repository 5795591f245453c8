using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Dropship.Web;
using SharedWarehouse.Modules.Printing.Contracts;

namespace SharedWarehouse.Modules.Dropship.Areas.Admin.Controllers;

/// The platform warehouse's desk (platform dropship orders, scope Guid.Empty).
[Area("Admin")]
[Authorize(Roles = Roles.Admin + "," + Roles.Operations)]
[Route("admin/dropship/warehouse")]
public sealed class DropshipWarehouseController(ISender sender, ILabelPrinting printing) : WarehouseDeskController(sender, printing)
{
    protected override string BasePath => "/admin/dropship/warehouse";

    protected override Task<DeskScope?> ScopeAsync(CancellationToken ct) => Task.FromResult<DeskScope?>(new DeskScope(Guid.Empty, null));
}
