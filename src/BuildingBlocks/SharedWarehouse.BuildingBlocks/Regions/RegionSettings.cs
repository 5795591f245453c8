using Microsoft.Extensions.DependencyInjection;
using SharedWarehouse.BuildingBlocks.Modules;

namespace SharedWarehouse.BuildingBlocks.Regions;

/// A region code in a module's settings (a sender's district) must be a current district of the region list in
/// use, checked at start: a six-digit pattern let an abolished or statistics-only code (130171, 460321) through,
/// and the first waybill was refused hours later.
public static class RegionSettings
{
    public static IServiceCollection AddRegionSettingCheck<T>(this IServiceCollection services, string setting, Func<T, string?> code)
        where T : class =>
        services.AddModuleOptionsCheck<T>((sp, options) =>
            sp.GetRequiredService<IRegionCatalog>().IsDistrict(code(options))
                ? null
                : $"{setting} must be a current district code (GB/T 2260) of the region list in use; \"{code(options)}\" is not.");
}
