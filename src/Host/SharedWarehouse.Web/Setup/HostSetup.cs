using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SharedWarehouse.BuildingBlocks.Jobs;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Modules;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.BuildingBlocks.Regions;

namespace SharedWarehouse.Web.Setup;

public static class HostSetup
{
    public static WebApplicationBuilder AddSharedWarehouse(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var storage = ResolveStorage(builder);
        var database = ResolveDatabase(configuration, storage);
        UseBuildStaticAssetsOutsideDevelopment(builder);
        services.AddSingleton(Options.Create(storage));
        services.AddSingleton(Options.Create(database));
        builder.AddSerilogLogging(storage);
        // Loaded here, before anything listens, so a bad Regions:File stops the start instead of the first address form.
        var regions = configuration.GetSection(RegionsOptions.Section).Get<RegionsOptions>() ?? new RegionsOptions();
        services.AddSingleton<IRegionCatalog>(RegionsOptions.Load(regions, storage.DataPath));

        services.AddSharedWarehouseCore(configuration);
        services.AddJobScheduler(database);
        services.AddScoped<SharedWarehouse.BuildingBlocks.Web.INavigationContributor, HostNavigation>();
        services.AddScoped<SharedWarehouse.BuildingBlocks.Modules.IStartupTask, DemoEventsDelivered>();

        services.AddSingleton<IStringLocalizerFactory, CatalogStringLocalizerFactory>();
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(TextCatalog.DefaultCulture).AddSupportedCultures(TextCatalog.SupportedCultures)
                .AddSupportedUICultures(TextCatalog.SupportedCultures);
            // Only the explicit choice (cookie) or the query string switch the language; the default is zh-CN
            // whatever the browser says.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        services.AddRouting(o => o.LowercaseUrls = true);
        services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                // Validation is the commands' (localised, next to the field); no English "The X field is required."
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                LocalizedModelBindingMessages.Apply(o.ModelBindingMessageProvider);
                o.ModelMetadataDetailsProviders.Add(new NothingImplicitlyRequired());
                o.Filters.Add(new SharedWarehouse.BuildingBlocks.Web.UnreadableFormValues.Filter());
            })
            .AddViewLocalization()
            // Chinese in JSON answers goes as UTF-8, not \uXXXX: a third of the bytes and readable by API
            // clients; the HTML-sensitive characters (< > & ' ") stay escaped.
            .AddJsonOptions(o => o.JsonSerializerOptions.Encoder =
                System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All))
            .ConfigureApplicationPartManager(m =>
            {
                if (!configuration.GetValue<bool>("Bench:Enabled")) m.FeatureProviders.Add(new Controllers.BenchControllerGate());
            });
        services.AddSingleton<Microsoft.AspNetCore.Mvc.Razor.ITagHelperInitializer<Microsoft.AspNetCore.Mvc.TagHelpers.FormTagHelper>, FormAntiforgeryByDefault>();
        // Replaces MVC's own generator (registered above): fields name their error message for screen readers.
        services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.IHtmlGenerator, FieldErrorsHtmlGenerator>();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "sw.af";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // Keys in the data folder: cookies survive restarts, and nodes sharing the folder accept each other's cookies.
        services.AddDataProtection().SetApplicationName("SharedWarehouse")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(storage.DataPath, "keys")));
        services.AddHealthChecks().AddDatabaseChecks();
        return builder;
    }

    /// Everything but the web pipeline and the scheduler: the modules, their contexts and handlers. Slice
    /// tests compose the application from this same method, so they test what runs.
    public static IServiceCollection AddSharedWarehouseCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBuildingBlocks();
        TextCatalog.AddFrom(typeof(HostSetup).Assembly);
        TextCatalog.AddFrom(typeof(TextCatalog).Assembly);
        foreach (var module in ModulesRegistry.All) services.AddModule(module, configuration);
        services.AddPlatformJobs();
        // The host registers the configured list first (Regions:File); compositions without a host get the shipped one.
        services.TryAddSingleton<IRegionCatalog>(_ => RegionCatalog.LoadEmbedded());
        return services;
    }

    public static WebApplication UseSharedWarehouse(this WebApplication app)
    {
        app.UseCorrelationId();
        app.UseSecurityHeaders();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseRequestLogging();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthEndpoints();
        // Every OpenAPI document a module registers (AddOpenApi(name)), at a stable address in every environment:
        // /openapi/dropship.json describes the dropship API for the merchants' order downloaders.
        app.MapOpenApi("/openapi/{documentName}.json");
        // wwwroot from the build's manifest: gzip (build) and brotli (publish) variants, ETags, and
        // `Cache-Control: immutable` on fingerprinted URLs. WithStaticAssets goes on MapControllers' builder, the one
        // whose conventions reach every action (most are attribute-routed), so asp-append-version writes those URLs.
        app.MapStaticAssets();
        app.MapControllers().WithStaticAssets();
        app.MapControllerRoute("areas", "{area:exists}/{controller=Home}/{action=Index}/{id?}");
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}", new { area = "Storefront" });
        return app;
    }

    /// MapStaticAssets serves wwwroot's gzip copies, which a build leaves under obj/ and lists in its runtime
    /// manifest; Development reads that manifest by itself, other environments only when asked. A published app has
    /// its copies beside wwwroot and no such manifest, so this only matters when a build runs as Testing or Production
    /// (the browser tests, or `dotnet run` with another environment): without it a browser asking for gzip gets 404s.
    private static void UseBuildStaticAssetsOutsideDevelopment(WebApplicationBuilder builder)
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, builder.Environment.ApplicationName + ".staticwebassets.runtime.json");
        if (!builder.Environment.IsDevelopment() && File.Exists(manifest)) builder.WebHost.UseStaticWebAssets();
    }

    private static StorageOptions ResolveStorage(WebApplicationBuilder builder)
    {
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        storage.DataPath = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, storage.DataPath));
        Directory.CreateDirectory(storage.DataPath);
        Directory.CreateDirectory(storage.UploadsPath);
        return storage;
    }

    private static DatabaseOptions ResolveDatabase(IConfiguration configuration, StorageOptions storage)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(database.ConnectionString))
            database.ConnectionString = $"Data Source={Path.Combine(storage.DataPath, "sharedwarehouse.db")};Default Timeout=30";
        if (string.IsNullOrWhiteSpace(database.ConnectionString))
            throw new InvalidOperationException("Database:ConnectionString is required for PostgreSQL.");
        return database;
    }
}
