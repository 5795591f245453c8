using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace SharedWarehouse.WebTests;

/// The README's run command starts the host in Development, where the container validates every registration
/// while building; a registration that cannot be constructed once crashed it before the first page while every
/// test (run as "Testing") passed. Here the real host is built in Development and Production with validation on,
/// and every service, controller, view component and job the app would construct at run time is constructed.
public sealed class HostStartupTests
{
    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public void The_host_builds_with_every_registration_validated_and_constructs_everything_it_serves(string environment)
    {
        using var host = new ValidatingHost(environment);
        var failures = new List<string>();
        using var scope = host.Services.CreateScope();
        var provider = scope.ServiceProvider;

        foreach (var descriptor in host.Registrations.Where(d => !d.ServiceType.IsGenericTypeDefinition && !IsUnusedQuartzStore(d)))
            Try(failures, descriptor.ServiceType.FullName!, () =>
                _ = descriptor.IsKeyedService
                    ? provider.GetKeyedServices(descriptor.ServiceType, descriptor.ServiceKey).ToList()
                    : provider.GetServices(descriptor.ServiceType).ToList());

        var parts = provider.GetRequiredService<ApplicationPartManager>();
        var controllers = new ControllerFeature();
        parts.PopulateFeature(controllers);
        var viewComponents = new ViewComponentFeature();
        parts.PopulateFeature(viewComponents);
        foreach (var type in controllers.Controllers.Concat(viewComponents.ViewComponents))
            Try(failures, type.FullName!, () => ActivatorUtilities.CreateInstance(provider, type.AsType()));

        controllers.Controllers.Count.ShouldBeGreaterThan(50);
        viewComponents.ViewComponents.ShouldNotBeEmpty();
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    /// An integration event nobody handles is dead weight in every outbox and misleads the reader into thinking
    /// something reacts to it: each event a module's Contracts declare has at least one registered handler.
    [Fact]
    public void Every_integration_event_has_a_subscriber()
    {
        using var host = new ValidatingHost("Production");
        var registry = host.Services.GetRequiredService<SharedWarehouse.BuildingBlocks.Events.EventHandlerRegistry>();
        var events = SharedWarehouse.Web.ModulesRegistry.All
            .Select(m => new System.Reflection.AssemblyName($"SharedWarehouse.Modules.{m.Name}.Contracts"))
            .Where(name => File.Exists(Path.Combine(AppContext.BaseDirectory, name.Name + ".dll")))
            .SelectMany(name => System.Reflection.Assembly.Load(name).GetExportedTypes())
            .Where(t => t.IsClass && t.IsAssignableTo(typeof(SharedWarehouse.BuildingBlocks.Events.IIntegrationEvent)))
            .ToList();

        events.Count.ShouldBeGreaterThan(10);
        events.Where(e => !registry.HandlersFor(e).Any()).Select(e => e.Name).ShouldBeEmpty();
    }

    /// A module's settings are checked when the app starts (ValidateOnStart): a wrong value stops it at once, naming
    /// the setting, instead of surfacing hours later in a job or a payment.
    [Theory]
    [InlineData("Ordering:PaymentWindowMinutes", "0", "PaymentWindowMinutes")]
    [InlineData("Courier:Simulator:CarrierCode", "sf", "CarrierCode")]
    [InlineData("Dropship:CommissionBasisPoints", "20000", "CommissionBasisPoints")]
    [InlineData("Printing:MaxAttempts", "0", "MaxAttempts")]
    [InlineData("Payments:NotifyBaseUrl", "shop.example.com", "NotifyBaseUrl")]
    [InlineData("Ordering:WaybillSender:Phone", "12345", "Ordering:WaybillSender:Phone")]
    [InlineData("Ordering:WaybillSender:RegionCode", "130171", "Ordering:WaybillSender:RegionCode")] // a statistics-only code, now an alias
    [InlineData("Dropship:PlatformSenderRegionCode", "999999", "Dropship:PlatformSenderRegionCode")]
    [InlineData("Dropship:PlatformSenderPhone", "12345", "Dropship:PlatformSenderPhone")]
    public void A_wrong_setting_stops_the_start_naming_the_setting(string key, string value, string named)
    {
        var failure = Should.Throw<Exception>(() => { using var host = new ValidatingHost("Production", (key, value)); });
        var validation = failure as Microsoft.Extensions.Options.OptionsValidationException
            ?? (failure as AggregateException)?.Flatten().InnerExceptions.OfType<Microsoft.Extensions.Options.OptionsValidationException>().FirstOrDefault();
        validation.ShouldNotBeNull(failure.ToString());
        validation.Message.ShouldContain(named);
    }

    /// Quartz registers its database job store's dependencies whatever store is chosen; on the embedded default
    /// the in-memory store runs and never asks for them, so they cannot (and need not) be constructed here.
    private static bool IsUnusedQuartzStore(ServiceDescriptor descriptor) =>
        descriptor.ServiceType.Namespace == "Quartz.Impl.AdoJobStore";

    private static void Try(List<string> failures, string what, Action construct)
    {
        try { construct(); }
        catch (Exception e) { failures.Add($"{what}: {e.GetBaseException().Message}"); }
    }

    /// Program as the run command starts it (demo data on), built with ValidateOnBuild and ValidateScopes.
    /// Building happens in the constructor: a registration that cannot be constructed fails right there.
    private sealed class ValidatingHost : WebApplicationFactory<Program>
    {
        private readonly string _environment;
        private readonly (string Key, string Value)[] _settings;
        private readonly string _dataPath = Directory.CreateTempSubdirectory("sw-host-").FullName;
        public IServiceCollection Registrations { get; private set; } = new ServiceCollection();

        public ValidatingHost(string environment, params (string Key, string Value)[] settings)
        {
            _environment = environment;
            _settings = settings;
            try { _ = Services; }
            catch
            {
                Dispose(); // a host that fails to start is never handed out, so nobody else would remove its folder
                throw;
            }
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment(_environment);
            builder.UseSetting("Storage:DataPath", _dataPath);
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:ConnectionString", "");
            builder.UseSetting("Demo:Enabled", "true");
            builder.UseSetting("Admin:Phone", "13800000000");
            builder.UseSetting("Admin:Password", "AdminPass123");
            builder.UseDefaultServiceProvider(o =>
            {
                o.ValidateOnBuild = true;
                o.ValidateScopes = true;
            });
            foreach (var (key, value) in _settings) builder.UseSetting(key, value);
            builder.ConfigureServices(services => Registrations = services);
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (!disposing) return;
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(_dataPath, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }
}
