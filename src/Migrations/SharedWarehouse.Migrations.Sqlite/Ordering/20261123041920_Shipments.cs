using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Ordering
{
    /// <inheritdoc />
    public partial class Shipments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ShippedQuantity",
                table: "ordering_order_lines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ordering_shipments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Carrier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ShippedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShippedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_shipments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ordering_shipments_ordering_orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "ordering_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ordering_shipment_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShipmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderLineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_shipment_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ordering_shipment_lines_ordering_shipments_ShipmentId",
                        column: x => x.ShipmentId,
                        principalTable: "ordering_shipments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_shipment_lines_ShipmentId",
                table: "ordering_shipment_lines",
                column: "ShipmentId");

            migrationBuilder.CreateIndex(
                name: "IX_ordering_shipments_Carrier_TrackingNumber",
                table: "ordering_shipments",
                columns: new[] { "Carrier", "TrackingNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_shipments_OrderId",
                table: "ordering_shipments",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ordering_shipments_SubOrderId",
                table: "ordering_shipments",
                column: "SubOrderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ordering_shipment_lines");

            migrationBuilder.DropTable(
                name: "ordering_shipments");

            migrationBuilder.DropColumn(
                name: "ShippedQuantity",
                table: "ordering_order_lines");
        }
    }
}
