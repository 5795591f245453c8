using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.PostgreSql.Ordering
{
    /// <inheritdoc />
    public partial class ConsignmentPurchases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ConsignedFromSubOrderId",
                schema: "ordering",
                table: "orders",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ResellerShopId",
                schema: "ordering",
                table: "orders",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ConsignedLineId",
                schema: "ordering",
                table: "order_lines",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StockRef",
                schema: "ordering",
                table: "order_lines",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SupplierProductId",
                schema: "ordering",
                table: "order_lines",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SupplierShopId",
                schema: "ordering",
                table: "order_lines",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SupplierSkuCode",
                schema: "ordering",
                table: "order_lines",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SupplierSkuId",
                schema: "ordering",
                table: "order_lines",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WholesaleUnitFen",
                schema: "ordering",
                table: "order_lines",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "consignment_settlements",
                schema: "ordering",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PurchaseOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    PurchaseSubOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    PurchaseNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ResellerSubOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResellerNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SupplierShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResellerShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    RetailFen = table.Column<long>(type: "bigint", nullable: false),
                    WholesaleFen = table.Column<long>(type: "bigint", nullable: false),
                    CommissionFen = table.Column<long>(type: "bigint", nullable: false),
                    SupplierFen = table.Column<long>(type: "bigint", nullable: false),
                    ResellerFen = table.Column<long>(type: "bigint", nullable: false),
                    CommissionBasisPoints = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SettledUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consignment_settlements", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_orders_ConsignedFromSubOrderId",
                schema: "ordering",
                table: "orders",
                column: "ConsignedFromSubOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_consignment_settlements_PurchaseOrderId",
                schema: "ordering",
                table: "consignment_settlements",
                column: "PurchaseOrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_consignment_settlements_ResellerShopId_CreatedUtc",
                schema: "ordering",
                table: "consignment_settlements",
                columns: new[] { "ResellerShopId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_consignment_settlements_Status_CreatedUtc",
                schema: "ordering",
                table: "consignment_settlements",
                columns: new[] { "Status", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_consignment_settlements_SupplierShopId_CreatedUtc",
                schema: "ordering",
                table: "consignment_settlements",
                columns: new[] { "SupplierShopId", "CreatedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consignment_settlements",
                schema: "ordering");

            migrationBuilder.DropIndex(
                name: "IX_orders_ConsignedFromSubOrderId",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "ConsignedFromSubOrderId",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "ResellerShopId",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "ConsignedLineId",
                schema: "ordering",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "StockRef",
                schema: "ordering",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "SupplierProductId",
                schema: "ordering",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "SupplierShopId",
                schema: "ordering",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "SupplierSkuCode",
                schema: "ordering",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "SupplierSkuId",
                schema: "ordering",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "WholesaleUnitFen",
                schema: "ordering",
                table: "order_lines");
        }
    }
}
