using FluentValidation;
using SharedWarehouse.BuildingBlocks.Localization;

namespace SharedWarehouse.BuildingBlocks.Uploads;

public static class ImageValidation
{
    /// An uploaded image, when there is one, must pass the rules (magic bytes, size, pixel dimensions);
    /// the message says which rule failed, in the user's language.
    public static void MustBeAcceptableImage<T>(this IRuleBuilderInitial<T, UploadedImage?> rule, ImageRules rules) =>
        rule.Custom((image, context) =>
        {
            if (image is null) return;
            var check = image.Check(rules);
            if (check != ImageCheck.Ok) context.AddFailure(context.PropertyPath, TextCatalog.Translate(UploadedImage.MessageFor(check)));
        });
}
