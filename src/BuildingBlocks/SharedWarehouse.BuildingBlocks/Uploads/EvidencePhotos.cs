using FluentValidation;

namespace SharedWarehouse.BuildingBlocks.Uploads;

/// A command that may carry photos as evidence (after-sales steps, rental damage charges and disputes).
public interface IWithEvidence
{
    IReadOnlyList<UploadedImage>? Images { get; }
}

/// Checks the photos before the handler runs, so a bad photo stops the step before any file is stored.
public abstract class EvidenceValidator<T> : AbstractValidator<T> where T : IWithEvidence
{
    protected EvidenceValidator() =>
        RuleFor(c => c.Images).Custom((images, context) =>
        {
            foreach (var problem in Photos.Problems(images)) context.AddFailure("Images", problem);
        });
}
