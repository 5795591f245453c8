using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.PostgreSql.Ordering
{
    /// <inheritdoc />
    public partial class ConsignmentReturns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "consignment_returns",
                schema: "ordering",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    BuyerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResellerShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResellerSubOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResellerLineId = table.Column<Guid>(type: "uuid", nullable: false),
                    SupplierShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    PurchaseOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    PurchaseLineId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    RetailFen = table.Column<long>(type: "bigint", nullable: false),
                    WholesaleFen = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ResellerNote = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SupplierNote = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consignment_returns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "consignment_settlement_reversals",
                schema: "ordering",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReturnId = table.Column<Guid>(type: "uuid", nullable: false),
                    SettlementId = table.Column<Guid>(type: "uuid", nullable: false),
                    SupplierShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResellerShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    RetailFen = table.Column<long>(type: "bigint", nullable: false),
                    WholesaleFen = table.Column<long>(type: "bigint", nullable: false),
                    SupplierFen = table.Column<long>(type: "bigint", nullable: false),
                    ResellerFen = table.Column<long>(type: "bigint", nullable: false),
                    Done = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consignment_settlement_reversals", x => x.Id);
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

            migrationBuilder.CreateIndex(
                name: "IX_consignment_settlement_reversals_Done_CreatedUtc",
                schema: "ordering",
                table: "consignment_settlement_reversals",
                columns: new[] { "Done", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_consignment_settlement_reversals_ReturnId",
                schema: "ordering",
                table: "consignment_settlement_reversals",
                column: "ReturnId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consignment_returns",
                schema: "ordering");

            migrationBuilder.DropTable(
                name: "consignment_settlement_reversals",
                schema: "ordering");
        }
    }
}
