using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Inventory
{
    /// <inheritdoc />
    public partial class StocktakeAndAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inventory_low_stock_thresholds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SkuId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Threshold = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_low_stock_thresholds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inventory_stock_alert_settings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NearExpiryDays = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_stock_alert_settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inventory_stock_alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SkuId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BalanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<long>(type: "INTEGER", nullable: false),
                    Threshold = table.Column<long>(type: "INTEGER", nullable: true),
                    ExpiryDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RaisedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClearedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_stock_alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inventory_stocktakes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WarehouseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Zone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Blind = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_stocktakes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inventory_stocktake_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StocktakeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BinId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SkuId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Lot = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProductionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpiryDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Expected = table.Column<long>(type: "INTEGER", nullable: false),
                    Counted = table.Column<long>(type: "INTEGER", nullable: true),
                    IsFound = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_stocktake_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inventory_stocktake_lines_inventory_stocktakes_StocktakeId",
                        column: x => x.StocktakeId,
                        principalTable: "inventory_stocktakes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inventory_low_stock_thresholds_ShopId_SkuId",
                table: "inventory_low_stock_thresholds",
                columns: new[] { "ShopId", "SkuId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inventory_stock_alert_settings_ShopId",
                table: "inventory_stock_alert_settings",
                column: "ShopId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inventory_stock_alerts_ShopId_Kind_SkuId_BalanceId",
                table: "inventory_stock_alerts",
                columns: new[] { "ShopId", "Kind", "SkuId", "BalanceId" },
                unique: true,
                filter: "\"ClearedUtc\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_inventory_stock_alerts_ShopId_RaisedUtc",
                table: "inventory_stock_alerts",
                columns: new[] { "ShopId", "RaisedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_inventory_stocktake_lines_StocktakeId",
                table: "inventory_stocktake_lines",
                column: "StocktakeId");

            migrationBuilder.CreateIndex(
                name: "IX_inventory_stocktakes_Number",
                table: "inventory_stocktakes",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inventory_stocktakes_ShopId_CreatedUtc",
                table: "inventory_stocktakes",
                columns: new[] { "ShopId", "CreatedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inventory_low_stock_thresholds");

            migrationBuilder.DropTable(
                name: "inventory_stock_alert_settings");

            migrationBuilder.DropTable(
                name: "inventory_stock_alerts");

            migrationBuilder.DropTable(
                name: "inventory_stocktake_lines");

            migrationBuilder.DropTable(
                name: "inventory_stocktakes");
        }
    }
}
