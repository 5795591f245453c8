using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Courier.Contracts;
using SharedWarehouse.Modules.Returns.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Returns.Web;

/// One way for the three request pages to answer a step: not found stays 404, a failure shows the page again with the
/// errors next to the fields of the form that was posted and what was typed, success flashes and goes back to the page.
internal static class AfterSaleResults
{
    public static async Task<IActionResult> AfterStepAsync(this Controller c, Result result, StepInput input, string done, string pageUrl,
        string view, Func<Task<AfterSaleRequest?>> reload, ICourier courier, Guid? viewerShopId = null)
    {
        if (result.IsNotFound) return c.NotFound();
        if (result.IsSuccess)
        {
            c.Flash(done);
            return c.Redirect(pageUrl);
        }
        c.ModelState.AddResultErrors(result);
        var request = await reload();
        return request is null ? c.NotFound() : c.View(view, Page(request, input, courier, pageUrl, viewerShopId));
    }

    public static AfterSalePage Page(AfterSaleRequest r, StepInput input, ICourier courier, string path, Guid? viewerShopId = null) =>
        new(r, input, courier.Carriers.Select(x => (x.Code, x.Name)).ToList(), path, viewerShopId);

    /// A photo of a request the viewer may see (loaded through the viewer's scope), never private to a proxy.
    public static IActionResult Photo(this Controller c, IFileStore files, AfterSaleRequest? r, Guid photoId) =>
        c.StoredImage(files, r?.Photos.FirstOrDefault(p => p.Id == photoId)?.StoredName, ImageCaching.Private);
}
