using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SharedWarehouse.SharedKernel;

namespace SharedWarehouse.BuildingBlocks.Messaging;

/// Logs the request's type, outcome and duration, never its payload: commands carry passwords, SMS
/// codes and ID numbers. Commands (what changed) at Information; queries, which a busy storefront runs several
/// times a page, at Debug unless they were slow.
internal sealed class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse> where TRequest : IRequest<TResponse>
{
    private static readonly bool IsQuery = typeof(TRequest).GetInterfaces()
        .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQuery<>));
    private const double SlowMs = 500;

    public async Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var level = elapsed >= SlowMs ? LogLevel.Warning : IsQuery ? LogLevel.Debug : LogLevel.Information;
            if (!logger.IsEnabled(level)) return response;
            if (response is Result { IsFailure: true } failed)
                logger.Log(level, "{Request} failed with {ErrorCodes} in {ElapsedMs:0.0} ms", typeof(TRequest).Name,
                    string.Join(",", failed.Errors.Select(e => $"{e.Code}:{e.Field}")), elapsed);
            else
                logger.Log(level, "{Request} handled in {ElapsedMs:0.0} ms", typeof(TRequest).Name, elapsed);
            return response;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "{Request} threw after {ElapsedMs:0.0} ms", typeof(TRequest).Name,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }
}
