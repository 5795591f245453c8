using System.Reflection;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SharedWarehouse.BuildingBlocks.Events;
using SharedWarehouse.BuildingBlocks.Localization;
using SharedWarehouse.BuildingBlocks.Messaging;
using SharedWarehouse.BuildingBlocks.Persistence;

namespace SharedWarehouse.BuildingBlocks.Modules;

public static class ModuleRegistration
{
    public static IServiceCollection AddBuildingBlocks(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new Time.DisplayTime(sp.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()[Time.DisplayTime.Setting]));
        services.TryAddScoped<ISender, Sender>();
        services.TryAddSingleton<IOutboxSignal, NoOutboxSignal>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.AddHttpContextAccessor();
        services.TryAddScoped<Web.ICurrentUser, Web.HttpCurrentUser>();
        _ = SingletonInstance<EventHandlerRegistry>(services);
        _ = SingletonInstance<ModuleCatalog>(services);
        // Order matters: outermost first.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(UnreadableFormValuesBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehavior<,>));
        return services;
    }

    public static IServiceCollection AddModule(this IServiceCollection services, IModule module, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        SingletonInstance<ModuleCatalog>(services).Add(module);
        TextCatalog.AddFrom(module.GetType().Assembly);
        module.Register(services, configuration);
        return services;
    }

    /// The module's context on the configured provider, in the module's own schema, with an outbox.
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : DbContext, IModuleDbContext
    {
        // Pooled: a context per scope is reset and reused instead of built (and its internal services
        // resolved) anew for every request; that was a large share of a short command's CPU. Contexts
        // take only their options, and app services come from the root provider (see GetAppService).
        services.AddDbContextPool<TContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            options.UseModuleDatabase(database.Provider, database.ConnectionString, schema);
        });
        SingletonInstance<EventHandlerRegistry>(services).AddOutboxContext(typeof(TContext));
        return services;
    }

    /// Registers every request handler and every validator of a request (command, query or process) found in
    /// the module assembly (scoped). A validator of a part of a request (an address, a parcel party) is not a
    /// service: the request's validator composes it with `SetValidator(new PartValidator(...))`, so it may take
    /// plain values in its constructor. Registering it anyway once made the container fail to start.
    public static IServiceCollection AddRequestHandlersFrom(this IServiceCollection services, Assembly assembly)
    {
        foreach (var (contract, type) in RequestServicesIn(assembly)) services.AddScoped(contract, type);
        return services;
    }

    /// The (service, implementation) pairs that <see cref="AddRequestHandlersFrom"/> registers.
    private static IEnumerable<(Type Contract, Type Implementation)> RequestServicesIn(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false }))
        foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType))
        {
            var definition = contract.GetGenericTypeDefinition();
            if (definition == typeof(IRequestHandler<,>) || (definition == typeof(IValidator<>) && IsRequest(contract.GetGenericArguments()[0])))
                yield return (contract, type);
        }
    }

    private static bool IsRequest(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>));

    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler, TContext>(this IServiceCollection services)
        where TEvent : IIntegrationEvent where THandler : class, IIntegrationEventHandler<TEvent> where TContext : DbContext, IModuleDbContext
    {
        services.AddScoped<THandler>();
        SingletonInstance<EventHandlerRegistry>(services).AddHandler(new(typeof(TEvent), typeof(THandler), typeof(TContext)));
        return services;
    }

    private static T SingletonInstance<T>(IServiceCollection services) where T : class, new()
    {
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(T) && d.ImplementationInstance is not null);
        if (existing is not null) return (T)existing.ImplementationInstance!;
        var created = new T();
        services.AddSingleton(created);
        return created;
    }
}
