using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.PostgreSql.Ordering
{
    /// <inheritdoc />
    public partial class ExchangeOrdersAndAfterSaleRefunds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ExchangeRequestId",
                schema: "ordering",
                table: "orders",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExchangeRequestNumber",
                schema: "ordering",
                table: "orders",
                type: "character varying(24)",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RefundedFen",
                schema: "ordering",
                table: "order_lines",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "ReturnedQuantity",
                schema: "ordering",
                table: "order_lines",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Accepted consignment returns move onto the lines they refunded (ADR 9/14): a settlement made at a later
            // receipt leaves them out, as the old table did, before that table goes.
            migrationBuilder.Sql("""
                UPDATE ordering.order_lines l SET "RefundedFen" = r."RetailFen", "ReturnedQuantity" = r."Quantity"
                FROM ordering.consignment_returns r WHERE r."ResellerLineId" = l."Id" AND r."Status" = 3;
                """);

            migrationBuilder.DropTable(
                name: "consignment_returns",
                schema: "ordering");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExchangeRequestId",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "ExchangeRequestNumber",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "RefundedFen",
                schema: "ordering",
                table: "order_lines");

            migrationBuilder.DropColumn(
                name: "ReturnedQuantity",
                schema: "ordering",
                table: "order_lines");

            migrationBuilder.CreateTable(
                name: "consignment_returns",
                schema: "ordering",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BuyerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PurchaseLineId = table.Column<Guid>(type: "uuid", nullable: false),
                    PurchaseOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ResellerLineId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResellerNote = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ResellerShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResellerSubOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    RetailFen = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    SupplierNote = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SupplierShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    WholesaleFen = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consignment_returns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_consignment_returns_OrderId",
                schema: "ordering",
                table: "consignment_returns",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_consignment_returns_ResellerLineId",
                schema: "ordering",
                table: "consignment_returns",
                column: "ResellerLineId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_consignment_returns_ResellerShopId_CreatedUtc",
                schema: "ordering",
                table: "consignment_returns",
                columns: new[] { "ResellerShopId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_consignment_returns_SupplierShopId_CreatedUtc",
                schema: "ordering",
                table: "consignment_returns",
                columns: new[] { "SupplierShopId", "CreatedUtc" });
        }
    }
}
