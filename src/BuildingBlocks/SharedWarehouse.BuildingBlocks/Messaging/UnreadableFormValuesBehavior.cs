using Microsoft.AspNetCore.Http;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.BuildingBlocks.Messaging;

/// A command or process sent while handling a form with unreadable values fails before it runs: nothing changes,
/// the form comes back with each binding message next to its field and this one above them. Queries still run,
/// so the action can re-render the form with its data.
internal sealed class UnreadableFormValuesBehavior<TRequest, TResponse>(IHttpContextAccessor http)
    : IPipelineBehavior<TRequest, TResponse> where TRequest : IRequest<TResponse>
{
    public const string Message = "部分内容格式不正确，请按标出的提示修改";

    public Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken ct)
    {
        // The flag is almost never set: check it first, so the usual request pays one feature lookup, no reflection.
        if (UnreadableFormValues.In(http.HttpContext) && ChangesState
            && FailureFactory.TryCreate<TResponse>([Error.Validation("", Message)], out var failure))
            return Task.FromResult(failure);
        return next();
    }

    private static readonly bool ChangesState = typeof(ICommandBase).IsAssignableFrom(typeof(TRequest))
        || typeof(TRequest).GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IProcess<>));
}
