using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Uploads;
using SharedWarehouse.Modules.Merchants.Domain;

namespace SharedWarehouse.Modules.Merchants.Features.SaveApplication;

/// Saves the applicant's draft and, when Submit is set, submits it for review. IdNumber may be left
/// empty when editing: the number already on file is kept (the form never shows it unmasked).
public sealed record SaveApplication(
    Guid ApplicantId,
    string? ShopName,
    ShopType? ShopType,
    string? BusinessScope,
    string? RegionCode,
    string? LegalPersonName,
    string? IdNumber,
    UploadedImage? LicenseImage,
    UploadedImage? IdImage,
    bool Submit) : ICommand<Guid>;
