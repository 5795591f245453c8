using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharedWarehouse.Modules.Ordering.Domain;
using SharedWarehouse.SharedKernel.Identity;

namespace SharedWarehouse.Modules.Ordering.Data;

internal sealed class CartItemConfiguration : IEntityTypeConfiguration<CartItem>
{
    public void Configure(EntityTypeBuilder<CartItem> e)
    {
        e.ToTable("cart_items");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.CartKey, x.SkuId }).IsUnique();
        e.Property(x => x.CartKey).HasMaxLength(40);
    }
}

internal sealed class BuyerAddressConfiguration : IEntityTypeConfiguration<BuyerAddress>
{
    public void Configure(EntityTypeBuilder<BuyerAddress> e)
    {
        e.ToTable("addresses");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.BuyerId);
        e.Property(x => x.Recipient).HasMaxLength(20);
        e.Property(x => x.Phone).HasMaxLength(RecipientPhone.MaxLength);
        e.Property(x => x.RegionCode).HasMaxLength(6);
        e.Property(x => x.Detail).HasMaxLength(120);
    }
}

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> e)
    {
        e.ToTable("orders");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.Number).IsUnique();
        // The idempotency guarantee itself: a replayed checkout form cannot make a second order.
        e.HasIndex(x => new { x.BuyerId, x.IdempotencyKey }).IsUnique();
        e.HasIndex(x => new { x.BuyerId, x.PlacedUtc });
        e.HasIndex(x => new { x.Status, x.PaymentDeadlineUtc });
        e.Property(x => x.Number).HasMaxLength(24);
        e.Property(x => x.BuyerMessage).HasMaxLength(Order.MaxMessageLength);
        e.Property(x => x.FailureReason).HasMaxLength(200);
        e.Property(x => x.PaymentReference).HasMaxLength(Order.MaxPaymentReferenceLength);
        e.OwnsOne(x => x.ShipTo, s =>
        {
            s.Property(p => p.Recipient).HasColumnName("ShipToRecipient").HasMaxLength(20);
            s.Property(p => p.Phone).HasColumnName("ShipToPhone").HasMaxLength(RecipientPhone.MaxLength);
            s.Property(p => p.RegionCode).HasColumnName("ShipToRegionCode").HasMaxLength(6);
            s.Property(p => p.Detail).HasColumnName("ShipToDetail").HasMaxLength(120);
        });
        e.OwnsOne(x => x.Invoice, i =>
        {
            i.Property(p => p.Kind).HasColumnName("InvoiceKind");
            i.Property(p => p.Title).HasColumnName("InvoiceTitle").HasMaxLength(Invoice.MaxTitleLength);
            i.Property(p => p.TaxId).HasColumnName("InvoiceTaxId").HasMaxLength(18);
        });
        e.HasIndex(x => x.ConsignedFromSubOrderId);
        e.Ignore(x => x.IsConsignmentPurchase);
        e.Ignore(x => x.IsExchange);
        e.Property(x => x.ExchangeRequestNumber).HasMaxLength(24);
        e.Ignore(x => x.TotalFen);
        e.Ignore(x => x.IsPaid);
        e.Ignore(x => x.LastShippedUtc);
        e.HasMany(x => x.Shipments).WithOne().HasForeignKey(t => t.OrderId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(x => x.Shipments).HasField("_shipments").UsePropertyAccessMode(PropertyAccessMode.Field);
        e.HasMany(x => x.SubOrders).WithOne().HasForeignKey(s => s.OrderId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(x => x.SubOrders).HasField("_subOrders").UsePropertyAccessMode(PropertyAccessMode.Field);
        e.HasMany(x => x.Transitions).WithOne().HasForeignKey(t => t.OrderId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(x => x.Transitions).HasField("_transitions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SubOrderConfiguration : IEntityTypeConfiguration<SubOrder>
{
    public void Configure(EntityTypeBuilder<SubOrder> e)
    {
        e.ToTable("sub_orders");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.Number).IsUnique();
        e.HasIndex(x => new { x.ShopId, x.Status });
        e.Property(x => x.Number).HasMaxLength(30);
        e.Ignore(x => x.LinesFen);
        e.Ignore(x => x.TotalFen);
        e.HasMany(x => x.Lines).WithOne().HasForeignKey(l => l.SubOrderId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(x => x.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> e)
    {
        e.ToTable("order_lines");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.ReservationRef).IsUnique();
        e.Property(x => x.SkuCode).HasMaxLength(40);
        e.Property(x => x.ProductName).HasMaxLength(100);
        e.Property(x => x.SpecText).HasMaxLength(100);
        e.Property(x => x.ReservationRef).HasMaxLength(40);
        e.Property(x => x.StockRef).HasMaxLength(40);
        e.Ignore(x => x.AmountFen);
        e.Ignore(x => x.IsConsigned);
        e.Ignore(x => x.ReservationToShip);
        e.OwnsOne(x => x.Supply, s =>
        {
            s.Property(p => p.SupplierShopId).HasColumnName("SupplierShopId");
            s.Property(p => p.SupplierSkuId).HasColumnName("SupplierSkuId");
            s.Property(p => p.SupplierProductId).HasColumnName("SupplierProductId");
            s.Property(p => p.SupplierSkuCode).HasColumnName("SupplierSkuCode").HasMaxLength(40);
            s.Property(p => p.WholesaleUnitFen).HasColumnName("WholesaleUnitFen");
        });
    }
}

internal sealed class OrderTransitionConfiguration : IEntityTypeConfiguration<OrderTransition>
{
    public void Configure(EntityTypeBuilder<OrderTransition> e)
    {
        e.ToTable("order_transitions");
        e.HasKey(x => x.Id);
        e.Property(x => x.Reason).HasMaxLength(200);
    }
}

internal sealed class ShipmentConfiguration : IEntityTypeConfiguration<Shipment>
{
    public void Configure(EntityTypeBuilder<Shipment> e)
    {
        e.ToTable("shipments");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.SubOrderId);
        e.HasIndex(x => new { x.Carrier, x.TrackingNumber });
        e.Property(x => x.Carrier).HasMaxLength(20);
        e.Property(x => x.TrackingNumber).HasMaxLength(40);
        e.HasMany(x => x.Lines).WithOne().HasForeignKey(l => l.ShipmentId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(x => x.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ShipmentLineConfiguration : IEntityTypeConfiguration<ShipmentLine>
{
    public void Configure(EntityTypeBuilder<ShipmentLine> e)
    {
        e.ToTable("shipment_lines");
        e.HasKey(x => x.Id);
    }
}

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> e)
    {
        e.ToTable("reviews");
        e.HasKey(x => x.Id);
        // One review per received order line, whatever races.
        e.HasIndex(x => x.OrderLineId).IsUnique();
        e.HasIndex(x => new { x.ProductId, x.CreatedUtc });
        e.HasIndex(x => new { x.ShopId, x.CreatedUtc });
        e.Property(x => x.ProductName).HasMaxLength(100);
        e.Property(x => x.Text).HasMaxLength(Review.MaxTextLength);
        e.Property(x => x.Reply).HasMaxLength(Review.MaxTextLength);
        e.HasIndex(x => new { x.BuyerId, x.CreatedUtc });
        e.HasMany(x => x.Images).WithOne().HasForeignKey(i => i.ReviewId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(x => x.Images).HasField("_images").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReviewImageConfiguration : IEntityTypeConfiguration<ReviewImage>
{
    public void Configure(EntityTypeBuilder<ReviewImage> e)
    {
        e.ToTable("review_images");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.ReviewId);
        e.Property(x => x.StoredName).HasMaxLength(200);
    }
}

internal sealed class RatingSummaryConfiguration : IEntityTypeConfiguration<RatingSummary>
{
    public void Configure(EntityTypeBuilder<RatingSummary> e)
    {
        e.ToTable("rating_summaries");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.Subject, x.SubjectId }).IsUnique();
    }
}

internal sealed class ConsignmentSettlementConfiguration : IEntityTypeConfiguration<ConsignmentSettlement>
{
    public void Configure(EntityTypeBuilder<ConsignmentSettlement> e)
    {
        e.ToTable("consignment_settlements");
        e.HasKey(x => x.Id);
        // One settlement per purchase, whatever confirms the receipt twice.
        e.HasIndex(x => x.PurchaseOrderId).IsUnique();
        e.HasIndex(x => new { x.Status, x.CreatedUtc });
        e.HasIndex(x => new { x.SupplierShopId, x.CreatedUtc });
        e.HasIndex(x => new { x.ResellerShopId, x.CreatedUtc });
        e.Property(x => x.PurchaseNumber).HasMaxLength(30);
        e.Property(x => x.ResellerNumber).HasMaxLength(30);
        e.Ignore(x => x.SupplierDocumentId);
        e.Ignore(x => x.ResellerDocumentId);
    }
}

internal sealed class SettlementReversalConfiguration : IEntityTypeConfiguration<SettlementReversal>
{
    public void Configure(EntityTypeBuilder<SettlementReversal> e)
    {
        e.ToTable("consignment_settlement_reversals");
        e.HasKey(x => x.Id);
        e.HasIndex(x => x.ReturnId).IsUnique();
        e.HasIndex(x => new { x.Done, x.CreatedUtc });
    }
}
