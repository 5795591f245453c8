using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Inventory
{
    /// <inheritdoc />
    public partial class StockLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inventory_receipts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WarehouseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Supplier = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReversesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReversedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PostedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_receipts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inventory_reservations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequesterShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SkuId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_reservations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inventory_sharing_grants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Scope = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GranteeShopId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_sharing_grants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inventory_stock_balances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WarehouseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BinId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SkuId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Lot = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OwnerShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpiryDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FirstReceivedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OnHand = table.Column<long>(type: "INTEGER", nullable: false),
                    Reserved = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_stock_balances", x => x.Id);
                    table.CheckConstraint("ck_stock_balances_reserved", "\"Reserved\" >= 0 AND \"Reserved\" <= \"OnHand\"");
                });

            migrationBuilder.CreateTable(
                name: "inventory_stock_movements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BalanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WarehouseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SkuId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<long>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_stock_movements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inventory_warehouses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerShopId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Latitude = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    Longitude = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_warehouses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inventory_receipt_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceiptId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SkuId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<long>(type: "INTEGER", nullable: false),
                    Lot = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProductionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpiryDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UnitCostFen = table.Column<long>(type: "INTEGER", nullable: false),
                    BinId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_receipt_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inventory_receipt_lines_inventory_receipts_ReceiptId",
                        column: x => x.ReceiptId,
                        principalTable: "inventory_receipts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inventory_reservation_allocations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReservationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BalanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_reservation_allocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inventory_reservation_allocations_inventory_reservations_ReservationId",
                        column: x => x.ReservationId,
                        principalTable: "inventory_reservations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inventory_bins",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WarehouseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Zone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inventory_bins", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inventory_bins_inventory_warehouses_WarehouseId",
                        column: x => x.WarehouseId,
                        principalTable: "inventory_warehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inventory_bins_WarehouseId_Code",
                table: "inventory_bins",
                columns: new[] { "WarehouseId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inventory_receipt_lines_ReceiptId",
                table: "inventory_receipt_lines",
                column: "ReceiptId");

            migrationBuilder.CreateIndex(
                name: "IX_inventory_receipts_Number",
                table: "inventory_receipts",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inventory_receipts_ShopId_CreatedUtc",
                table: "inventory_receipts",
                columns: new[] { "ShopId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_inventory_reservation_allocations_ReservationId",
                table: "inventory_reservation_allocations",
                column: "ReservationId");

            migrationBuilder.CreateIndex(
                name: "IX_inventory_reservations_Reference",
                table: "inventory_reservations",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inventory_reservations_Status_ExpiresUtc",
                table: "inventory_reservations",
                columns: new[] { "Status", "ExpiresUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_inventory_sharing_grants_GranteeShopId",
                table: "inventory_sharing_grants",
                column: "GranteeShopId");

            migrationBuilder.CreateIndex(
                name: "IX_inventory_sharing_grants_OwnerShopId_Scope_TargetId_GranteeShopId",
                table: "inventory_sharing_grants",
                columns: new[] { "OwnerShopId", "Scope", "TargetId", "GranteeShopId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inventory_stock_balances_SkuId_OwnerShopId",
                table: "inventory_stock_balances",
                columns: new[] { "SkuId", "OwnerShopId" });

            migrationBuilder.CreateIndex(
                name: "IX_inventory_stock_balances_WarehouseId_BinId_SkuId_Lot_OwnerShopId",
                table: "inventory_stock_balances",
                columns: new[] { "WarehouseId", "BinId", "SkuId", "Lot", "OwnerShopId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inventory_stock_movements_BalanceId",
                table: "inventory_stock_movements",
                column: "BalanceId");

            migrationBuilder.CreateIndex(
                name: "IX_inventory_stock_movements_OwnerShopId_AtUtc",
                table: "inventory_stock_movements",
                columns: new[] { "OwnerShopId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_inventory_warehouses_OwnerShopId",
                table: "inventory_warehouses",
                column: "OwnerShopId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inventory_bins");

            migrationBuilder.DropTable(
                name: "inventory_receipt_lines");

            migrationBuilder.DropTable(
                name: "inventory_reservation_allocations");

            migrationBuilder.DropTable(
                name: "inventory_sharing_grants");

            migrationBuilder.DropTable(
                name: "inventory_stock_balances");

            migrationBuilder.DropTable(
                name: "inventory_stock_movements");

            migrationBuilder.DropTable(
                name: "inventory_warehouses");

            migrationBuilder.DropTable(
                name: "inventory_receipts");

            migrationBuilder.DropTable(
                name: "inventory_reservations");
        }
    }
}
