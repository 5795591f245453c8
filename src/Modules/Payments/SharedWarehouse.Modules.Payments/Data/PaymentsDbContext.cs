using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharedWarehouse.BuildingBlocks.Persistence;
using SharedWarehouse.Modules.Payments.Domain;
using SharedWarehouse.Modules.Payments.Gateways.Simulator;

namespace SharedWarehouse.Modules.Payments.Data;

public sealed class PaymentsDbContext(DbContextOptions<PaymentsDbContext> options) : ModuleDbContext(options, SchemaName)
{
    public const string SchemaName = "payments";

    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<PaymentRefund> Refunds => Set<PaymentRefund>();
    public DbSet<SimulatedCharge> SimulatedCharges => Set<SimulatedCharge>();
    public DbSet<SimulatorNotification> SimulatorNotifications => Set<SimulatorNotification>();

    internal DateTime Now() => this.GetAppService<TimeProvider>().GetUtcNow().UtcDateTime;
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> e)
    {
        e.ToTable("payments");
        e.HasKey(x => x.Id);
        e.Property(x => x.OrderNumber).HasMaxLength(40);
        e.Property(x => x.Subject).HasMaxLength(200);
        e.Property(x => x.ReturnUrl).HasMaxLength(500);
        e.Property(x => x.Gateway).HasMaxLength(40);
        e.Property(x => x.ChargeId).HasMaxLength(100);
        e.Property(x => x.PayUrl).HasMaxLength(500);
        e.Property(x => x.GatewayTransactionId).HasMaxLength(100);
        e.Property(x => x.FailureReason).HasMaxLength(200);
        e.Ignore(x => x.IsClosed);
        e.Ignore(x => x.RefundableFen);
        e.HasMany(x => x.Refunds).WithOne().HasForeignKey(r => r.PaymentId);
        e.Navigation(x => x.Refunds).HasField("_refunds").UsePropertyAccessMode(PropertyAccessMode.Field);
        e.HasIndex(x => x.OrderId);
        e.HasIndex(x => new { x.Status, x.CreatedUtc });
        // One effect per gateway transaction: a second payment can never claim the same captured money.
        e.HasIndex(x => new { x.Gateway, x.GatewayTransactionId }).IsUnique().HasFilter("\"GatewayTransactionId\" IS NOT NULL");
        e.HasIndex(x => new { x.Gateway, x.ChargeId }).IsUnique().HasFilter("\"ChargeId\" IS NOT NULL");
        // At most one open payment per order, even when two start at once.
        e.HasIndex(x => x.OrderId, "ix_payments_one_pending_per_order").IsUnique().HasFilter("\"Status\" = 1");
    }
}

internal sealed class PaymentRefundConfiguration : IEntityTypeConfiguration<PaymentRefund>
{
    public void Configure(EntityTypeBuilder<PaymentRefund> e)
    {
        e.ToTable("payment_refunds");
        e.HasKey(x => x.Id);
        e.Property(x => x.Reference).HasMaxLength(64);
        e.Property(x => x.Reason).HasMaxLength(200);
        e.Property(x => x.GatewayRefundId).HasMaxLength(100);
        e.HasIndex(x => new { x.PaymentId, x.Reference }).IsUnique();
    }
}

internal sealed class SimulatedChargeConfiguration : IEntityTypeConfiguration<SimulatedCharge>
{
    public void Configure(EntityTypeBuilder<SimulatedCharge> e)
    {
        e.ToTable("simulator_charges");
        e.HasKey(x => x.Id);
        e.Property(x => x.Subject).HasMaxLength(200);
        e.Property(x => x.NotifyUrl).HasMaxLength(500);
        e.Property(x => x.ReturnUrl).HasMaxLength(500);
        e.Property(x => x.TransactionId).HasMaxLength(100);
        e.HasIndex(x => x.PaymentId);
    }
}

internal sealed class SimulatorNotificationConfiguration : IEntityTypeConfiguration<SimulatorNotification>
{
    public void Configure(EntityTypeBuilder<SimulatorNotification> e)
    {
        e.ToTable("simulator_notifications");
        e.HasKey(x => x.Id);
        e.Property(x => x.NotifyId).HasMaxLength(64);
        e.Property(x => x.TransactionId).HasMaxLength(100);
        e.Property(x => x.Reason).HasMaxLength(200);
        e.Property(x => x.NotifyUrl).HasMaxLength(500);
        e.Property(x => x.LastError).HasMaxLength(500);
        e.HasIndex(x => new { x.AcknowledgedUtc, x.DueUtc });
        e.HasIndex(x => x.ChargeId);
    }
}
