using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Merchants
{
    /// <inheritdoc />
    public partial class ShopMembers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "merchants_shop_invitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    InvitedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    AnsweredUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_merchants_shop_invitations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "merchants_shop_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsOwner = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsCurrent = table.Column<bool>(type: "INTEGER", nullable: false),
                    JoinedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RoleKeysJson = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_merchants_shop_members", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_merchants_shop_invitations_Phone_Status",
                table: "merchants_shop_invitations",
                columns: new[] { "Phone", "Status" });

            migrationBuilder.CreateIndex(
                name: "ix_shop_invitations_one_open",
                table: "merchants_shop_invitations",
                columns: new[] { "ShopId", "Phone" },
                unique: true,
                filter: "\"Status\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_merchants_shop_members_ShopId_UserId",
                table: "merchants_shop_members",
                columns: new[] { "ShopId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_shop_members_one_current_per_user",
                table: "merchants_shop_members",
                column: "UserId",
                unique: true,
                filter: "\"IsCurrent\"");

            // Every existing owner becomes their shop's member, acting for it, so IShopAccess answers for them as
            // FindShopOfOwnerAsync does. The member id reuses the shop id: one owner per shop, and no GUID function is
            // needed in SQL. One shop per owner (one application per person), so one current row per person.
            migrationBuilder.Sql("""
                INSERT INTO "merchants_shop_members" ("Id", "ShopId", "UserId", "IsOwner", "IsCurrent", "JoinedUtc", "RoleKeysJson", "Version")
                SELECT "Id", "Id", "OwnerId", 1, 1, "OpenedUtc", '[]', 0 FROM "merchants_shops";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "merchants_shop_invitations");

            migrationBuilder.DropTable(
                name: "merchants_shop_members");
        }
    }
}
