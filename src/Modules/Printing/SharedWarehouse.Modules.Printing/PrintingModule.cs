using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Web;
using SharedWarehouse.Modules.Printing.Contracts;
using SharedWarehouse.Modules.Printing.Data;
using SharedWarehouse.Modules.Printing.Features;
using SharedWarehouse.Modules.Printing.Queue;
using SharedWarehouse.Modules.Printing.Web;

namespace SharedWarehouse.Modules.Printing;

/// Label printing: printers (admin pages), a persistent print queue sent to ESC/POS printers over TCP 9100 by a
/// background worker, SVG previews. Other modules queue labels through ILabelPrinting.
public sealed class PrintingModule : IModule
{
    public string Name => "Printing";
    public string Schema => PrintingDbContext.SchemaName;
    public ModuleLayer Layer => ModuleLayer.Platform;
    public Type DbContextType => typeof(PrintingDbContext);

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        var options = services.AddModuleOptions<PrintingOptions>(configuration, PrintingOptions.Section);
        services.AddModuleDbContext<PrintingDbContext>(Schema);
        services.AddRequestHandlersFrom(typeof(PrintingModule).Assembly);
        services.AddScoped<ILabelPrinting, LabelPrintingFacade>();
        services.AddScoped<INavigationContributor, PrintingNavigation>();
        services.AddSingleton<PrintQueueSignal>();
        services.AddSingleton<IPrinterTransport, TcpPrinterTransport>();
        services.AddSingleton<PrintDispatcher>();
        if (options.WorkerEnabled) services.AddHostedService<PrintWorker>();
    }
}
