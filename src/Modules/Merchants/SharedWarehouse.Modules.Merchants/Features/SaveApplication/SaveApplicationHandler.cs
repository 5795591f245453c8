using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Merchants.Data;
using SharedWarehouse.Modules.Merchants.Domain;
using SharedWarehouse.SharedKernel;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Merchants.Features.SaveApplication;

internal sealed class SaveApplicationHandler(MerchantsDbContext db, IFileStore files, TimeProvider time)
    : IRequestHandler<SaveApplication, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(SaveApplication command, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var application = await db.Applications.Include(a => a.History).FirstOrDefaultAsync(a => a.ApplicantId == command.ApplicantId, ct);
        // A repeated submit of an application already under review is a double click, not an edit.
        if (application is { AwaitsReview: true } && command.Submit) return application.Id;
        if (application is null)
        {
            application = MerchantApplication.Start(command.ApplicantId, now);
            db.Applications.Add(application);
        }
        if (!application.IsEditable) return Error.Conflict("申请正在审核或已通过，不能修改");

        var idNumber = string.IsNullOrWhiteSpace(command.IdNumber) ? application.IdNumber : ChineseIdNumber.Normalize(command.IdNumber);
        if (idNumber.Length == 0) return Error.Validation(nameof(command.IdNumber), "请填写身份证号");

        var details = new ApplicationDetails(command.ShopName!, command.ShopType!.Value, command.BusinessScope!, command.RegionCode!,
            command.LegalPersonName!, idNumber);
        var edited = application.Edit(details, await StoreAsync(command.LicenseImage, ct), await StoreAsync(command.IdImage, ct), now);
        if (edited.IsFailure) return Result<Guid>.Failure(edited.Errors);
        if (command.Submit && application.Submit(now) is { IsFailure: true } submitted) return Result<Guid>.Failure(submitted.Errors);
        return application.Id;
    }

    private async Task<string?> StoreAsync(UploadedImage? image, CancellationToken ct) =>
        image is null ? null : await files.SaveAsync("merchant-applications", image.Content, image.Inspect().Format.ToFileExtension(), ct);
}
