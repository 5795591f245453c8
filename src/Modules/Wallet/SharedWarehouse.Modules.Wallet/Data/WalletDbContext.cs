using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Wallet.Domain;

namespace SharedWarehouse.Modules.Wallet.Data;

public sealed class WalletDbContext(DbContextOptions<WalletDbContext> options) : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "wallet";

    public DbSet<WalletAccount> Accounts => Set<WalletAccount>();
    public DbSet<LedgerEntry> Entries => Set<LedgerEntry>();
    public DbSet<WalletHold> Holds => Set<WalletHold>();
    public DbSet<AwaitingFunds> Awaiting => Set<AwaitingFunds>();
    public DbSet<Recharge> Recharges => Set<Recharge>();

    internal DateTime Now() => this.GetAppService<TimeProvider>().GetUtcNow().UtcDateTime;
}

internal sealed class WalletAccountConfiguration : IEntityTypeConfiguration<WalletAccount>
{
    public void Configure(EntityTypeBuilder<WalletAccount> e)
    {
        e.ToTable("accounts", t => t.HasCheckConstraint("ck_accounts_available", "\"HeldFen\" >= 0 AND \"BalanceFen\" - \"HeldFen\" >= 0"));
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.ShopId).IsUnique();
        e.Ignore(x => x.AvailableFen);
    }
}

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> e)
    {
        e.ToTable("ledger_entries");
        e.HasKey(x => x.Id);
        e.Property(x => x.DocumentType).HasMaxLength(40);
        e.Property(x => x.DocumentId).HasMaxLength(100);
        e.Property(x => x.Reason).HasMaxLength(LedgerEntry.MaxReason);
        e.Ignore(x => x.ChangesHeld);
        // One effect per (account, kind, document): a retried or racing call is refused here at the latest.
        e.HasIndex(x => new { x.AccountId, x.Kind, x.DocumentType, x.DocumentId }).IsUnique();
        e.HasIndex(x => new { x.ShopId, x.CreatedUtc });
    }
}

internal sealed class WalletHoldConfiguration : IEntityTypeConfiguration<WalletHold>
{
    public void Configure(EntityTypeBuilder<WalletHold> e)
    {
        e.ToTable("holds");
        e.HasKey(x => x.Id);
        e.Property(x => x.DocumentType).HasMaxLength(40);
        e.Property(x => x.DocumentId).HasMaxLength(100);
        e.Property(x => x.Reason).HasMaxLength(LedgerEntry.MaxReason);
        e.HasIndex(x => new { x.DocumentType, x.DocumentId }).IsUnique();
        e.HasIndex(x => new { x.ShopId, x.Status });
    }
}

internal sealed class AwaitingFundsConfiguration : IEntityTypeConfiguration<AwaitingFunds>
{
    public void Configure(EntityTypeBuilder<AwaitingFunds> e)
    {
        e.ToTable("awaiting_funds");
        e.HasKey(x => x.Id);
        e.Property(x => x.DocumentType).HasMaxLength(40);
        e.Property(x => x.DocumentId).HasMaxLength(100);
        e.Property(x => x.Reason).HasMaxLength(LedgerEntry.MaxReason);
        // Once per document: the merchant is told when the row is first added, never on a retry.
        e.HasIndex(x => new { x.DocumentType, x.DocumentId }).IsUnique();
        e.HasIndex(x => new { x.ShopId, x.SinceUtc });
    }
}

internal sealed class RechargeConfiguration : IEntityTypeConfiguration<Recharge>
{
    public void Configure(EntityTypeBuilder<Recharge> e)
    {
        e.ToTable("recharges");
        e.HasKey(x => x.Id);
        e.Property(x => x.Number).HasMaxLength(40);
        e.HasIndex(x => x.Number).IsUnique();
        e.HasIndex(x => new { x.ShopId, x.CreatedUtc });
    }
}
