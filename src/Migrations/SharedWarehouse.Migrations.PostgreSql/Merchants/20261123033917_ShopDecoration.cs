using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.PostgreSql.Merchants
{
    /// <inheritdoc />
    public partial class ShopDecoration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "shop_decorations",
                schema: "merchants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    DraftJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    PublishedNumber = table.Column<int>(type: "integer", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shop_decorations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "shop_decoration_versions",
                schema: "merchants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DecorationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ContentJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    PublishedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shop_decoration_versions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_shop_decoration_versions_shop_decorations_DecorationId",
                        column: x => x.DecorationId,
                        principalSchema: "merchants",
                        principalTable: "shop_decorations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_shop_decoration_versions_DecorationId_Number",
                schema: "merchants",
                table: "shop_decoration_versions",
                columns: new[] { "DecorationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_shop_decorations_ShopId",
                schema: "merchants",
                table: "shop_decorations",
                column: "ShopId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "shop_decoration_versions",
                schema: "merchants");

            migrationBuilder.DropTable(
                name: "shop_decorations",
                schema: "merchants");
        }
    }
}
