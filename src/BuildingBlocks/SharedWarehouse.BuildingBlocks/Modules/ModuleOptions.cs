using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SharedWarehouse.BuildingBlocks.Modules;

/// The one way a module reads its settings. Bound from its configuration section and checked by the data
/// annotations on the options class when the app starts (ValidateOnStart): a wrong value stops the start-up with
/// the section and field named, instead of surfacing hours later in a job. Available as IOptions&lt;T&gt; and as T
/// itself (the same instance, which tests may adjust on a running app).
public static class ModuleOptions
{
    /// Registers T and returns the bound values for decisions made while registering (which adapter, which job
    /// interval); those are checked at start like the rest.
    public static T AddModuleOptions<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class, new()
    {
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<T>>().Value);
        return configuration.GetSection(section).Get<T>() ?? new T();
    }

    /// A check data annotations cannot make because it needs a service (is this region code in the region list in
    /// use?), run at start with the annotations. `problem` gives null when the settings are fine, else a message
    /// naming the setting.
    public static IServiceCollection AddModuleOptionsCheck<T>(this IServiceCollection services, Func<IServiceProvider, T, string?> problem)
        where T : class
    {
        services.AddSingleton<IValidateOptions<T>>(sp => new ServiceCheck<T>(sp, problem));
        return services;
    }

    private sealed class ServiceCheck<T>(IServiceProvider services, Func<IServiceProvider, T, string?> problem) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options) =>
            problem(services, options) is { } message ? ValidateOptionsResult.Fail(message) : ValidateOptionsResult.Success;
    }
}
