using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace SharedWarehouse.BuildingBlocks.Messaging;

/// The in-house dispatcher: resolves the one handler for a request and wraps it in the registered
/// behaviours, outermost first (logging → validation → unit of work).
internal sealed class Sender(IServiceProvider services) : ISender
{
    private static readonly ConcurrentDictionary<Type, object> Invokers = new();

    public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var invoker = (RequestInvoker<TResponse>)Invokers.GetOrAdd(request.GetType(), static t =>
            Activator.CreateInstance(typeof(RequestInvoker<,>).MakeGenericType(t, typeof(TResponse)))!);
        return invoker.Invoke(request, services, ct);
    }
}

internal abstract class RequestInvoker<TResponse>
{
    public abstract Task<TResponse> Invoke(IRequest<TResponse> request, IServiceProvider services, CancellationToken ct);
}

internal sealed class RequestInvoker<TRequest, TResponse> : RequestInvoker<TResponse> where TRequest : IRequest<TResponse>
{
    public override Task<TResponse> Invoke(IRequest<TResponse> request, IServiceProvider services, CancellationToken ct)
    {
        var typed = (TRequest)request;
        var handler = services.GetService<IRequestHandler<TRequest, TResponse>>()
            ?? throw new InvalidOperationException($"No handler is registered for {typeof(TRequest).Name}.");
        RequestHandlerDelegate<TResponse> pipeline = () => handler.Handle(typed, ct);
        foreach (var behaviour in services.GetServices<IPipelineBehavior<TRequest, TResponse>>().Reverse())
        {
            var next = pipeline;
            pipeline = () => behaviour.Handle(typed, next, ct);
        }
        return pipeline();
    }
}
