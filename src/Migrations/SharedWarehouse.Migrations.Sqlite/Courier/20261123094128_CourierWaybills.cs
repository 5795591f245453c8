using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Courier
{
    /// <inheritdoc />
    public partial class CourierWaybills : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "courier_inbox_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courier_inbox_messages", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "courier_outbox_messages",
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
                    table.PrimaryKey("PK_courier_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "courier_simulated_shipments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FromCity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ToCity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BookedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PickUpUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    InTransitUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeliverUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courier_simulated_shipments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "courier_waybill_prints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WaybillId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PrintJobId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Printer = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    RequestedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courier_waybill_prints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "courier_waybills",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CarrierCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CarrierName = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SenderName = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SenderPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SenderRegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    SenderAddress = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ReceiverName = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ReceiverPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceiverRegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    ReceiverAddress = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Contents = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Pieces = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastEventUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextPollUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courier_waybills", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "courier_tracking_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WaybillId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courier_tracking_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_courier_tracking_events_courier_waybills_WaybillId",
                        column: x => x.WaybillId,
                        principalTable: "courier_waybills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_courier_outbox_messages_ProcessedUtc_OccurredUtc",
                table: "courier_outbox_messages",
                columns: new[] { "ProcessedUtc", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_courier_simulated_shipments_Reference",
                table: "courier_simulated_shipments",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_courier_simulated_shipments_TrackingNumber",
                table: "courier_simulated_shipments",
                column: "TrackingNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_courier_tracking_events_WaybillId_EventKey",
                table: "courier_tracking_events",
                columns: new[] { "WaybillId", "EventKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_courier_waybill_prints_PrintJobId",
                table: "courier_waybill_prints",
                column: "PrintJobId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_courier_waybill_prints_WaybillId_RequestedUtc",
                table: "courier_waybill_prints",
                columns: new[] { "WaybillId", "RequestedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_courier_waybills_CreatedUtc",
                table: "courier_waybills",
                column: "CreatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_courier_waybills_NextPollUtc",
                table: "courier_waybills",
                column: "NextPollUtc");

            migrationBuilder.CreateIndex(
                name: "IX_courier_waybills_OrderNumber",
                table: "courier_waybills",
                column: "OrderNumber");

            migrationBuilder.CreateIndex(
                name: "IX_courier_waybills_Reference",
                table: "courier_waybills",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_courier_waybills_ShopId_CreatedUtc",
                table: "courier_waybills",
                columns: new[] { "ShopId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_courier_waybills_TrackingNumber",
                table: "courier_waybills",
                column: "TrackingNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "courier_inbox_messages");

            migrationBuilder.DropTable(
                name: "courier_outbox_messages");

            migrationBuilder.DropTable(
                name: "courier_simulated_shipments");

            migrationBuilder.DropTable(
                name: "courier_tracking_events");

            migrationBuilder.DropTable(
                name: "courier_waybill_prints");

            migrationBuilder.DropTable(
                name: "courier_waybills");
        }
    }
}
