using Serilog;
using Serilog.Events;
using SharedWarehouse.BuildingBlocks.Persistence;

namespace SharedWarehouse.Web.Setup;

public static class LoggingSetup
{
    /// Serilog to console and a daily rolling file under the data folder, structured (properties kept),
    /// with the correlation id and user pushed into every line of a request.
    public static void AddSerilogLogging(this WebApplicationBuilder builder, StorageOptions storage)
    {
        var logger = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            // A failed command also surfaces as an exception, logged once with its correlation id; EF's own
            // line would double it (and migrating an empty schema probes a missing history table on purpose).
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore.Database.Command", LogEventLevel.Fatal)
            .MinimumLevel.Override("Quartz", LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}")
            .WriteTo.File(Path.Combine(storage.DataPath, "logs", "sharedwarehouse-.log"), rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14, shared: true,
                outputTemplate: "{Timestamp:o} [{Level:u3}] {SourceContext} {Message:lj} {Properties:j}{NewLine}{Exception}")
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
    }
}
