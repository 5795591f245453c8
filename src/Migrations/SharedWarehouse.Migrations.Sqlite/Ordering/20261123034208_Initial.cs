using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Ordering
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ordering_addresses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuyerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_addresses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ordering_cart_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CartKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SkuId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    AddedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_cart_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ordering_inbox_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_inbox_messages", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "ordering_orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    BuyerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdempotencyKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    PayBy = table.Column<int>(type: "INTEGER", nullable: false),
                    Delivery = table.Column<int>(type: "INTEGER", nullable: false),
                    ShipToRecipient = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ShipToPhone = table.Column<string>(type: "TEXT", maxLength: 11, nullable: false),
                    ShipToRegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    ShipToDetail = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    InvoiceKind = table.Column<int>(type: "INTEGER", nullable: false),
                    InvoiceTitle = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    InvoiceTaxId = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    BuyerMessage = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PlacedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PaymentDeadlineUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PaidUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ordering_outbox_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProcessedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ordering_order_transitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: false),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_order_transitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ordering_order_transitions_ordering_orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "ordering_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ordering_sub_orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ShippingFen = table.Column<long>(type: "INTEGER", nullable: false),
                    DiscountFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_sub_orders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ordering_sub_orders_ordering_orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "ordering_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ordering_order_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SkuId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SkuCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SpecText = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitPriceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    ReservationRef = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_order_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ordering_order_lines_ordering_sub_orders_SubOrderId",
                        column: x => x.SubOrderId,
                        principalTable: "ordering_sub_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_addresses_BuyerId",
                table: "ordering_addresses",
                column: "BuyerId");

            migrationBuilder.CreateIndex(
                name: "IX_ordering_cart_items_CartKey_SkuId",
                table: "ordering_cart_items",
                columns: new[] { "CartKey", "SkuId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ordering_order_lines_ReservationRef",
                table: "ordering_order_lines",
                column: "ReservationRef",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ordering_order_lines_SubOrderId",
                table: "ordering_order_lines",
                column: "SubOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ordering_order_transitions_OrderId",
                table: "ordering_order_transitions",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ordering_orders_BuyerId_IdempotencyKey",
                table: "ordering_orders",
                columns: new[] { "BuyerId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ordering_orders_BuyerId_PlacedUtc",
                table: "ordering_orders",
                columns: new[] { "BuyerId", "PlacedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_orders_Number",
                table: "ordering_orders",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ordering_orders_Status_PaymentDeadlineUtc",
                table: "ordering_orders",
                columns: new[] { "Status", "PaymentDeadlineUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_outbox_messages_ProcessedUtc_OccurredUtc",
                table: "ordering_outbox_messages",
                columns: new[] { "ProcessedUtc", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_sub_orders_Number",
                table: "ordering_sub_orders",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ordering_sub_orders_OrderId",
                table: "ordering_sub_orders",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ordering_sub_orders_ShopId_Status",
                table: "ordering_sub_orders",
                columns: new[] { "ShopId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ordering_addresses");

            migrationBuilder.DropTable(
                name: "ordering_cart_items");

            migrationBuilder.DropTable(
                name: "ordering_inbox_messages");

            migrationBuilder.DropTable(
                name: "ordering_order_lines");

            migrationBuilder.DropTable(
                name: "ordering_order_transitions");

            migrationBuilder.DropTable(
                name: "ordering_outbox_messages");

            migrationBuilder.DropTable(
                name: "ordering_sub_orders");

            migrationBuilder.DropTable(
                name: "ordering_orders");
        }
    }
}
