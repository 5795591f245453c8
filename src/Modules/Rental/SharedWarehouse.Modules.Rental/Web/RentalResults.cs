using Microsoft.AspNetCore.Mvc;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Rental.Domain;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.Modules.Rental.Web;

/// One way for the three booking pages to answer a step: not found stays 404, a failure shows the page again with the errors
/// next to the fields of the form that was posted and what was typed, success flashes and goes back to the page.
internal static class RentalResults
{
    public static async Task<IActionResult> AfterStepAsync(this Controller c, Result result, BookingStepInput input, string done, string path,
        Func<Task<RentalBooking?>> reload, TimeProvider time)
    {
        if (result.IsNotFound) return c.NotFound();
        if (result.IsSuccess)
        {
            c.Flash(done);
            return c.Redirect(path);
        }
        c.ModelState.AddResultErrors(result);
        return await reload() is { } booking ? c.View("Details", Page(booking, input, path, time)) : c.NotFound();
    }

    public static RentalBookingPage Page(RentalBooking b, BookingStepInput input, string path, TimeProvider time) =>
        new(b, input, path, SharedWarehouse.BuildingBlocks.Time.ChinaTime.Today(time));

    /// A photo of a booking the viewer may see (loaded through the viewer's scope).
    public static IActionResult Photo(this Controller c, IFileStore files, RentalBooking? b, Guid photoId) =>
        c.StoredImage(files, b?.Photos.FirstOrDefault(p => p.Id == photoId)?.StoredName, ImageCaching.Private);
}
