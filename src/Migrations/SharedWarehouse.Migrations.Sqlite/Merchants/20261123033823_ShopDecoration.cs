using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Merchants
{
    /// <inheritdoc />
    public partial class ShopDecoration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "merchants_shop_decorations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DraftJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    PublishedNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_merchants_shop_decorations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "merchants_shop_decoration_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecorationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    PublishedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_merchants_shop_decoration_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_merchants_shop_decoration_versions_merchants_shop_decorations_DecorationId",
                        column: x => x.DecorationId,
                        principalTable: "merchants_shop_decorations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_merchants_shop_decoration_versions_DecorationId_Number",
                table: "merchants_shop_decoration_versions",
                columns: new[] { "DecorationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_merchants_shop_decorations_ShopId",
                table: "merchants_shop_decorations",
                column: "ShopId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "merchants_shop_decoration_versions");

            migrationBuilder.DropTable(
                name: "merchants_shop_decorations");
        }
    }
}
