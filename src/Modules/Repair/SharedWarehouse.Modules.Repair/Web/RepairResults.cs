using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Repair.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Repair.Web;

/// One way for both repair pages to answer a step: not found stays 404, a failure shows the page again with the errors
/// next to the fields of the form that was posted and what was typed, success flashes and goes back to the page.
internal static class RepairResults
{
    public static async Task<IActionResult> AfterStepAsync(this Controller c, Result result, RepairStepInput input, string done, string pageUrl,
        Func<Task<RepairRequest?>> reload, ICourier courier, bool asMerchant)
    {
        if (result.IsNotFound) return c.NotFound();
        if (result.IsSuccess)
        {
            c.Flash(done);
            return c.Redirect(pageUrl);
        }
        c.ModelState.AddResultErrors(result);
        var repair = await reload();
        return repair is null ? c.NotFound() : c.View("Details", Page(repair, input, courier, pageUrl, asMerchant));
    }

    public static RepairPage Page(RepairRequest r, RepairStepInput input, ICourier courier, string path, bool asMerchant) =>
        new(r, input, courier.Carriers.Select(x => (x.Code, x.Name)).ToList(), path, asMerchant);

    /// A fault photo of a repair the viewer may see (loaded through the viewer's scope).
    public static IActionResult Photo(this Controller c, IFileStore files, RepairRequest? r, Guid photoId) =>
        c.StoredImage(files, r?.Photos.FirstOrDefault(p => p.Id == photoId)?.StoredName, ImageCaching.Private);
}
