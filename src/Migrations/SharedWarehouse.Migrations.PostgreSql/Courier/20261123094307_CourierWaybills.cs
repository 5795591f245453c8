using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.PostgreSql.Courier
{
    /// <inheritdoc />
    public partial class CourierWaybills : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "courier");

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "courier",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Handler = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ProcessedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "courier",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ProcessedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "simulated_shipments",
                schema: "courier",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    TrackingNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    FromCity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ToCity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BookedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PickUpUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    InTransitUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DeliverUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_simulated_shipments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "waybill_prints",
                schema: "courier",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WaybillId = table.Column<Guid>(type: "uuid", nullable: false),
                    PrintJobId = table.Column<Guid>(type: "uuid", nullable: false),
                    Printer = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    RequestedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    RequestedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_waybill_prints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "waybills",
                schema: "courier",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    ShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    CarrierCode = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    CarrierName = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TrackingNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OrderNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SenderName = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SenderPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SenderRegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    SenderAddress = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ReceiverName = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ReceiverPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceiverRegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    ReceiverAddress = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Contents = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Pieces = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastEventUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NextPollUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_waybills", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tracking_events",
                schema: "courier",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WaybillId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tracking_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tracking_events_waybills_WaybillId",
                        column: x => x.WaybillId,
                        principalSchema: "courier",
                        principalTable: "waybills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedUtc_OccurredUtc",
                schema: "courier",
                table: "outbox_messages",
                columns: new[] { "ProcessedUtc", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_simulated_shipments_Reference",
                schema: "courier",
                table: "simulated_shipments",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_simulated_shipments_TrackingNumber",
                schema: "courier",
                table: "simulated_shipments",
                column: "TrackingNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tracking_events_WaybillId_EventKey",
                schema: "courier",
                table: "tracking_events",
                columns: new[] { "WaybillId", "EventKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_waybill_prints_PrintJobId",
                schema: "courier",
                table: "waybill_prints",
                column: "PrintJobId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_waybill_prints_WaybillId_RequestedUtc",
                schema: "courier",
                table: "waybill_prints",
                columns: new[] { "WaybillId", "RequestedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_waybills_CreatedUtc",
                schema: "courier",
                table: "waybills",
                column: "CreatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_waybills_NextPollUtc",
                schema: "courier",
                table: "waybills",
                column: "NextPollUtc");

            migrationBuilder.CreateIndex(
                name: "IX_waybills_OrderNumber",
                schema: "courier",
                table: "waybills",
                column: "OrderNumber");

            migrationBuilder.CreateIndex(
                name: "IX_waybills_Reference",
                schema: "courier",
                table: "waybills",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_waybills_ShopId_CreatedUtc",
                schema: "courier",
                table: "waybills",
                columns: new[] { "ShopId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_waybills_TrackingNumber",
                schema: "courier",
                table: "waybills",
                column: "TrackingNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "courier");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "courier");

            migrationBuilder.DropTable(
                name: "simulated_shipments",
                schema: "courier");

            migrationBuilder.DropTable(
                name: "tracking_events",
                schema: "courier");

            migrationBuilder.DropTable(
                name: "waybill_prints",
                schema: "courier");

            migrationBuilder.DropTable(
                name: "waybills",
                schema: "courier");
        }
    }
}
