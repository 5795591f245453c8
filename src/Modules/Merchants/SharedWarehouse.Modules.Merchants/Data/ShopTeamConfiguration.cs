using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SharedWarehouse.Modules.Merchants.Domain;

namespace SharedWarehouse.Modules.Merchants.Data;

internal sealed class ShopMemberConfiguration : IEntityTypeConfiguration<ShopMember>
{
    public void Configure(EntityTypeBuilder<ShopMember> e)
    {
        e.ToTable("shop_members");
        e.HasKey(x => x.Id);
        e.HasIndex(x => new { x.ShopId, x.UserId }).IsUnique();
        // One acting shop per person, enforced by the database (two switches racing cannot leave two).
        // A bare boolean column is a valid predicate on both SQLite and PostgreSQL.
        e.HasIndex(x => x.UserId, "ix_shop_members_one_current_per_user").IsUnique().HasFilter("\"IsCurrent\"");
        e.Property(x => x.RoleKeysJson).HasMaxLength(500);
        e.Ignore(x => x.RoleKeys);
    }
}

internal sealed class ShopInvitationConfiguration : IEntityTypeConfiguration<ShopInvitation>
{
    public void Configure(EntityTypeBuilder<ShopInvitation> e)
    {
        e.ToTable("shop_invitations");
        e.HasKey(x => x.Id);
        // One open invitation per shop and number: a double click or a second invite cannot make two.
        e.HasIndex(x => new { x.ShopId, x.Phone }, "ix_shop_invitations_one_open").IsUnique().HasFilter("\"Status\" = 0");
        e.HasIndex(x => new { x.Phone, x.Status });
        e.Property(x => x.Phone).HasMaxLength(11);
    }
}
