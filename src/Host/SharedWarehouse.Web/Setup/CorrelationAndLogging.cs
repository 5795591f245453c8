using System.Diagnostics;
using System.Text.RegularExpressions;
using Serilog.Context;
using SharedWarehouse.BuildingBlocks.Web;

namespace SharedWarehouse.Web.Setup;

public static partial class CorrelationAndLogging
{
    public const string Header = "X-Correlation-Id";

    /// Takes a well-formed incoming id (from a proxy) or makes one; it is the request's TraceIdentifier,
    /// goes back in the response header, and is on every log line and on the error page.
    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var incoming = context.Request.Headers[Header].ToString();
        var id = SafeId().IsMatch(incoming) ? incoming : Guid.CreateVersion7().ToString("N");
        context.TraceIdentifier = id;
        context.Response.Headers[Header] = id;
        using (LogContext.PushProperty("CorrelationId", id))
            await next();
    });

    /// One line per request: method, path (no query string: it may carry codes), status, time, user.
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var started = Stopwatch.GetTimestamp();
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("SharedWarehouse.Requests");
        try
        {
            await next();
        }
        finally
        {
            var user = context.User.FindId()?.ToString() ?? "anonymous";
            logger.LogInformation("HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms for {UserId}",
                context.Request.Method, context.Request.Path.Value, context.Response.StatusCode,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds, user);
        }
    });

    [GeneratedRegex("^[A-Za-z0-9-]{8,64}$")]
    private static partial Regex SafeId();
}
