using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.PostgreSql.Merchants
{
    /// <inheritdoc />
    public partial class ShopMembers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "shop_invitations",
                schema: "merchants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    Phone = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    InvitedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    AnsweredBy = table.Column<Guid>(type: "uuid", nullable: true),
                    AnsweredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shop_invitations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "shop_members",
                schema: "merchants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsOwner = table.Column<bool>(type: "boolean", nullable: false),
                    IsCurrent = table.Column<bool>(type: "boolean", nullable: false),
                    JoinedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RoleKeysJson = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shop_members", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_shop_invitations_one_open",
                schema: "merchants",
                table: "shop_invitations",
                columns: new[] { "ShopId", "Phone" },
                unique: true,
                filter: "\"Status\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_shop_invitations_Phone_Status",
                schema: "merchants",
                table: "shop_invitations",
                columns: new[] { "Phone", "Status" });

            migrationBuilder.CreateIndex(
                name: "ix_shop_members_one_current_per_user",
                schema: "merchants",
                table: "shop_members",
                column: "UserId",
                unique: true,
                filter: "\"IsCurrent\"");

            migrationBuilder.CreateIndex(
                name: "IX_shop_members_ShopId_UserId",
                schema: "merchants",
                table: "shop_members",
                columns: new[] { "ShopId", "UserId" },
                unique: true);

            // Every existing owner becomes their shop's member, acting for it, so IShopAccess answers for them as
            // FindShopOfOwnerAsync does. The member id reuses the shop id: one owner per shop, and no GUID function is
            // needed in SQL. One shop per owner (one application per person), so one current row per person.
            migrationBuilder.Sql("""
                INSERT INTO merchants.shop_members ("Id", "ShopId", "UserId", "IsOwner", "IsCurrent", "JoinedUtc", "RoleKeysJson", "Version")
                SELECT "Id", "Id", "OwnerId", TRUE, TRUE, "OpenedUtc", '[]', 0 FROM merchants.shops;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "shop_invitations",
                schema: "merchants");

            migrationBuilder.DropTable(
                name: "shop_members",
                schema: "merchants");
        }
    }
}
