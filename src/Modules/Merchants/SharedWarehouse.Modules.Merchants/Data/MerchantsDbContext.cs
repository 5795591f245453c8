using Microsoft.EntityFrameworkCore;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Merchants.Domain;

namespace SharedWarehouse.Modules.Merchants.Data;

public sealed class MerchantsDbContext(DbContextOptions<MerchantsDbContext> options) : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "merchants";

    public DbSet<MerchantApplication> Applications => Set<MerchantApplication>();
    public DbSet<Shop> Shops => Set<Shop>();
    public DbSet<ShopDecoration> Decorations => Set<ShopDecoration>();
    public DbSet<ShopMember> Members => Set<ShopMember>();
    public DbSet<ShopInvitation> Invitations => Set<ShopInvitation>();
}
