using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Ordering
{
    /// <inheritdoc />
    public partial class ConsignmentPurchases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ConsignedFromSubOrderId",
                table: "ordering_orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ResellerShopId",
                table: "ordering_orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ConsignedLineId",
                table: "ordering_order_lines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StockRef",
                table: "ordering_order_lines",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SupplierProductId",
                table: "ordering_order_lines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SupplierShopId",
                table: "ordering_order_lines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SupplierSkuCode",
                table: "ordering_order_lines",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SupplierSkuId",
                table: "ordering_order_lines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WholesaleUnitFen",
                table: "ordering_order_lines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ordering_consignment_settlements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PurchaseOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PurchaseSubOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PurchaseNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ResellerSubOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResellerNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SupplierShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResellerShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RetailFen = table.Column<long>(type: "INTEGER", nullable: false),
                    WholesaleFen = table.Column<long>(type: "INTEGER", nullable: false),
                    CommissionFen = table.Column<long>(type: "INTEGER", nullable: false),
                    SupplierFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ResellerFen = table.Column<long>(type: "INTEGER", nullable: false),
                    CommissionBasisPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SettledUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_consignment_settlements", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_orders_ConsignedFromSubOrderId",
                table: "ordering_orders",
                column: "ConsignedFromSubOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ordering_consignment_settlements_PurchaseOrderId",
                table: "ordering_consignment_settlements",
                column: "PurchaseOrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ordering_consignment_settlements_ResellerShopId_CreatedUtc",
                table: "ordering_consignment_settlements",
                columns: new[] { "ResellerShopId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_consignment_settlements_Status_CreatedUtc",
                table: "ordering_consignment_settlements",
                columns: new[] { "Status", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_consignment_settlements_SupplierShopId_CreatedUtc",
                table: "ordering_consignment_settlements",
                columns: new[] { "SupplierShopId", "CreatedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ordering_consignment_settlements");

            migrationBuilder.DropIndex(
                name: "IX_ordering_orders_ConsignedFromSubOrderId",
                table: "ordering_orders");

            migrationBuilder.DropColumn(
                name: "ConsignedFromSubOrderId",
                table: "ordering_orders");

            migrationBuilder.DropColumn(
                name: "ResellerShopId",
                table: "ordering_orders");

            migrationBuilder.DropColumn(
                name: "ConsignedLineId",
                table: "ordering_order_lines");

            migrationBuilder.DropColumn(
                name: "StockRef",
                table: "ordering_order_lines");

            migrationBuilder.DropColumn(
                name: "SupplierProductId",
                table: "ordering_order_lines");

            migrationBuilder.DropColumn(
                name: "SupplierShopId",
                table: "ordering_order_lines");

            migrationBuilder.DropColumn(
                name: "SupplierSkuCode",
                table: "ordering_order_lines");

            migrationBuilder.DropColumn(
                name: "SupplierSkuId",
                table: "ordering_order_lines");

            migrationBuilder.DropColumn(
                name: "WholesaleUnitFen",
                table: "ordering_order_lines");
        }
    }
}
