using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Ordering
{
    /// <inheritdoc />
    public partial class ConsignmentReturns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ordering_consignment_returns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuyerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResellerShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResellerSubOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResellerLineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PurchaseOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PurchaseLineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    RetailFen = table.Column<long>(type: "INTEGER", nullable: false),
                    WholesaleFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ResellerNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SupplierNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_consignment_returns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ordering_consignment_settlement_reversals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReturnId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SettlementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResellerShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RetailFen = table.Column<long>(type: "INTEGER", nullable: false),
                    WholesaleFen = table.Column<long>(type: "INTEGER", nullable: false),
                    SupplierFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ResellerFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Done = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_consignment_settlement_reversals", x => x.Id);
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

            migrationBuilder.CreateIndex(
                name: "IX_ordering_consignment_settlement_reversals_Done_CreatedUtc",
                table: "ordering_consignment_settlement_reversals",
                columns: new[] { "Done", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_consignment_settlement_reversals_ReturnId",
                table: "ordering_consignment_settlement_reversals",
                column: "ReturnId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ordering_consignment_returns");

            migrationBuilder.DropTable(
                name: "ordering_consignment_settlement_reversals");
        }
    }
}
