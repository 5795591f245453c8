using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.PostgreSql.Returns
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "returns");

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "returns",
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
                schema: "returns",
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
                name: "refund_caps",
                schema: "returns",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    CapFen = table.Column<long>(type: "bigint", nullable: false),
                    RefundedFen = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_refund_caps", x => x.Key);
                    table.CheckConstraint("ck_refund_caps_within_cap", "\"RefundedFen\" >= 0 AND \"RefundedFen\" <= \"CapFen\"");
                });

            migrationBuilder.CreateTable(
                name: "requests",
                schema: "returns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    BuyerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubOrderNumber = table.Column<string>(type: "character varying(44)", maxLength: 44, nullable: false),
                    PaidOnline = table.Column<bool>(type: "boolean", nullable: false),
                    Reason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CapFen = table.Column<long>(type: "bigint", nullable: false),
                    ShippingFen = table.Column<long>(type: "bigint", nullable: false),
                    RequestedFen = table.Column<long>(type: "bigint", nullable: false),
                    OfferedFen = table.Column<long>(type: "bigint", nullable: true),
                    AgreedFen = table.Column<long>(type: "bigint", nullable: true),
                    RefundedFen = table.Column<long>(type: "bigint", nullable: false),
                    MerchantDeadlineUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReturnCarrier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ReturnTrackingNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    GoodsReceived = table.Column<bool>(type: "boolean", nullable: false),
                    WasEscalated = table.Column<bool>(type: "boolean", nullable: false),
                    DecidedByPlatform = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lines",
                schema: "returns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderLineId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SpecText = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    PaidFen = table.Column<long>(type: "bigint", nullable: false),
                    ReservationRef = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IsOpen = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lines_requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "returns",
                        principalTable: "requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "photos",
                schema: "returns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    StepSequence = table.Column<int>(type: "integer", nullable: false),
                    StoredName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Length = table.Column<int>(type: "integer", nullable: false),
                    Width = table.Column<int>(type: "integer", nullable: false),
                    Height = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_photos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_photos_requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "returns",
                        principalTable: "requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "steps",
                schema: "returns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Party = table.Column<int>(type: "integer", nullable: false),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    AmountFen = table.Column<long>(type: "bigint", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_steps_requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "returns",
                        principalTable: "requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_lines_one_open_request",
                schema: "returns",
                table: "lines",
                column: "OrderLineId",
                unique: true,
                filter: "\"IsOpen\"");

            migrationBuilder.CreateIndex(
                name: "IX_lines_OrderLineId",
                schema: "returns",
                table: "lines",
                column: "OrderLineId");

            migrationBuilder.CreateIndex(
                name: "IX_lines_RequestId",
                schema: "returns",
                table: "lines",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedUtc_OccurredUtc",
                schema: "returns",
                table: "outbox_messages",
                columns: new[] { "ProcessedUtc", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_photos_RequestId",
                schema: "returns",
                table: "photos",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_requests_BuyerId_CreatedUtc",
                schema: "returns",
                table: "requests",
                columns: new[] { "BuyerId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_requests_Number",
                schema: "returns",
                table: "requests",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_requests_ShopId_Status_CreatedUtc",
                schema: "returns",
                table: "requests",
                columns: new[] { "ShopId", "Status", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_requests_Status_MerchantDeadlineUtc",
                schema: "returns",
                table: "requests",
                columns: new[] { "Status", "MerchantDeadlineUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_requests_SubOrderId",
                schema: "returns",
                table: "requests",
                column: "SubOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_steps_RequestId_Sequence",
                schema: "returns",
                table: "steps",
                columns: new[] { "RequestId", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "returns");

            migrationBuilder.DropTable(
                name: "lines",
                schema: "returns");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "returns");

            migrationBuilder.DropTable(
                name: "photos",
                schema: "returns");

            migrationBuilder.DropTable(
                name: "refund_caps",
                schema: "returns");

            migrationBuilder.DropTable(
                name: "steps",
                schema: "returns");

            migrationBuilder.DropTable(
                name: "requests",
                schema: "returns");
        }
    }
}
