using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Ordering
{
    /// <inheritdoc />
    public partial class ExchangeOrdersAndAfterSaleRefunds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ExchangeRequestId",
                table: "ordering_orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExchangeRequestNumber",
                table: "ordering_orders",
                type: "TEXT",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RefundedFen",
                table: "ordering_order_lines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "ReturnedQuantity",
                table: "ordering_order_lines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Accepted consignment returns move onto the lines they refunded (ADR 9/14): a settlement made at a later
            // receipt leaves them out, as the old table did, before that table goes.
            migrationBuilder.Sql("""
                UPDATE ordering_order_lines
                SET RefundedFen = (SELECT r.RetailFen FROM ordering_consignment_returns r WHERE r.ResellerLineId = ordering_order_lines.Id AND r.Status = 3),
                    ReturnedQuantity = (SELECT r.Quantity FROM ordering_consignment_returns r WHERE r.ResellerLineId = ordering_order_lines.Id AND r.Status = 3)
                WHERE Id IN (SELECT ResellerLineId FROM ordering_consignment_returns WHERE Status = 3);
                """);

            migrationBuilder.DropTable(
                name: "ordering_consignment_returns");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExchangeRequestId",
                table: "ordering_orders");

            migrationBuilder.DropColumn(
                name: "ExchangeRequestNumber",
                table: "ordering_orders");

            migrationBuilder.DropColumn(
                name: "RefundedFen",
                table: "ordering_order_lines");

            migrationBuilder.DropColumn(
                name: "ReturnedQuantity",
                table: "ordering_order_lines");

            migrationBuilder.CreateTable(
                name: "ordering_consignment_returns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuyerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PurchaseLineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PurchaseOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ResellerLineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResellerNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ResellerShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResellerSubOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RetailFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SupplierNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SupplierShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    WholesaleFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_consignment_returns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_consignment_returns_OrderId",
                table: "ordering_consignment_returns",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ordering_consignment_returns_ResellerLineId",
                table: "ordering_consignment_returns",
                column: "ResellerLineId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ordering_consignment_returns_ResellerShopId_CreatedUtc",
                table: "ordering_consignment_returns",
                columns: new[] { "ResellerShopId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_consignment_returns_SupplierShopId_CreatedUtc",
                table: "ordering_consignment_returns",
                columns: new[] { "SupplierShopId", "CreatedUtc" });
        }
    }
}
