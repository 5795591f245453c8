using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.PostgreSql.Inventory
{
    /// <inheritdoc />
    public partial class StockIssues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "stock_issues",
                schema: "inventory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    OwnerShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    SkuId = table.Column<Guid>(type: "uuid", nullable: false),
                    Quantity = table.Column<long>(type: "bigint", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stock_issues", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_stock_issues_OwnerShopId_AtUtc",
                schema: "inventory",
                table: "stock_issues",
                columns: new[] { "OwnerShopId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_stock_issues_Reference",
                schema: "inventory",
                table: "stock_issues",
                column: "Reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "stock_issues",
                schema: "inventory");
        }
    }
}
