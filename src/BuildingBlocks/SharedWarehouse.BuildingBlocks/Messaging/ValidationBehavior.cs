using FluentValidation;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.BuildingBlocks.Messaging;

/// Runs every FluentValidation validator of the request; failures become field errors in the Result so
/// the form shows them next to the fields. Validators may be async (uniqueness checks hit the database).
internal sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse> where TRequest : IRequest<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken ct)
    {
        var errors = new List<Error>();
        foreach (var validator in validators)
        {
            var outcome = await validator.ValidateAsync(request, ct);
            // Messages arrive already translated (see ValidatorLocalization.WithText).
            errors.AddRange(outcome.Errors.Select(f => Error.Validation(f.PropertyName, f.ErrorMessage)));
        }
        if (errors.Count == 0) return await next();
        if (FailureFactory.TryCreate<TResponse>(errors, out var failure)) return failure;
        throw new ValidationException(string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")));
    }
}
