using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.PostgreSql.Inventory
{
    /// <inheritdoc />
    public partial class StocktakeAndAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "low_stock_thresholds",
                schema: "inventory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    SkuId = table.Column<Guid>(type: "uuid", nullable: false),
                    Threshold = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_low_stock_thresholds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stock_alert_settings",
                schema: "inventory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    NearExpiryDays = table.Column<int>(type: "integer", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stock_alert_settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stock_alerts",
                schema: "inventory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    SkuId = table.Column<Guid>(type: "uuid", nullable: false),
                    BalanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Quantity = table.Column<long>(type: "bigint", nullable: false),
                    Threshold = table.Column<long>(type: "bigint", nullable: true),
                    ExpiryDate = table.Column<DateOnly>(type: "date", nullable: true),
                    RaisedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClearedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stock_alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stocktakes",
                schema: "inventory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    WarehouseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Zone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Blind = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    SubmittedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReturnReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stocktakes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "stocktake_lines",
                schema: "inventory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StocktakeId = table.Column<Guid>(type: "uuid", nullable: false),
                    BinId = table.Column<Guid>(type: "uuid", nullable: false),
                    SkuId = table.Column<Guid>(type: "uuid", nullable: false),
                    Lot = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ProductionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpiryDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Expected = table.Column<long>(type: "bigint", nullable: false),
                    Counted = table.Column<long>(type: "bigint", nullable: true),
                    IsFound = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stocktake_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_stocktake_lines_stocktakes_StocktakeId",
                        column: x => x.StocktakeId,
                        principalSchema: "inventory",
                        principalTable: "stocktakes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_low_stock_thresholds_ShopId_SkuId",
                schema: "inventory",
                table: "low_stock_thresholds",
                columns: new[] { "ShopId", "SkuId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stock_alert_settings_ShopId",
                schema: "inventory",
                table: "stock_alert_settings",
                column: "ShopId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stock_alerts_ShopId_Kind_SkuId_BalanceId",
                schema: "inventory",
                table: "stock_alerts",
                columns: new[] { "ShopId", "Kind", "SkuId", "BalanceId" },
                unique: true,
                filter: "\"ClearedUtc\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_stock_alerts_ShopId_RaisedUtc",
                schema: "inventory",
                table: "stock_alerts",
                columns: new[] { "ShopId", "RaisedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_stocktake_lines_StocktakeId",
                schema: "inventory",
                table: "stocktake_lines",
                column: "StocktakeId");

            migrationBuilder.CreateIndex(
                name: "IX_stocktakes_Number",
                schema: "inventory",
                table: "stocktakes",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stocktakes_ShopId_CreatedUtc",
                schema: "inventory",
                table: "stocktakes",
                columns: new[] { "ShopId", "CreatedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "low_stock_thresholds",
                schema: "inventory");

            migrationBuilder.DropTable(
                name: "stock_alert_settings",
                schema: "inventory");

            migrationBuilder.DropTable(
                name: "stock_alerts",
                schema: "inventory");

            migrationBuilder.DropTable(
                name: "stocktake_lines",
                schema: "inventory");

            migrationBuilder.DropTable(
                name: "stocktakes",
                schema: "inventory");
        }
    }
}
