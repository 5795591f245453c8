using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Returns
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "returns_inbox_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_returns_inbox_messages", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "returns_outbox_messages",
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
                    table.PrimaryKey("PK_returns_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "returns_refund_caps",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    CapFen = table.Column<long>(type: "INTEGER", nullable: false),
                    RefundedFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_returns_refund_caps", x => x.Key);
                    table.CheckConstraint("ck_refund_caps_within_cap", "\"RefundedFen\" >= 0 AND \"RefundedFen\" <= \"CapFen\"");
                });

            migrationBuilder.CreateTable(
                name: "returns_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    BuyerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubOrderNumber = table.Column<string>(type: "TEXT", maxLength: 44, nullable: false),
                    PaidOnline = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CapFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ShippingFen = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedFen = table.Column<long>(type: "INTEGER", nullable: false),
                    OfferedFen = table.Column<long>(type: "INTEGER", nullable: true),
                    AgreedFen = table.Column<long>(type: "INTEGER", nullable: true),
                    RefundedFen = table.Column<long>(type: "INTEGER", nullable: false),
                    MerchantDeadlineUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReturnCarrier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ReturnTrackingNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    GoodsReceived = table.Column<bool>(type: "INTEGER", nullable: false),
                    WasEscalated = table.Column<bool>(type: "INTEGER", nullable: false),
                    DecidedByPlatform = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_returns_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "returns_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderLineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SpecText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    PaidFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ReservationRef = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_returns_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_returns_lines_returns_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "returns_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "returns_photos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StepSequence = table.Column<int>(type: "INTEGER", nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Length = table.Column<int>(type: "INTEGER", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_returns_photos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_returns_photos_returns_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "returns_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "returns_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Party = table.Column<int>(type: "INTEGER", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_returns_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_returns_steps_returns_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "returns_requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_lines_one_open_request",
                table: "returns_lines",
                column: "OrderLineId",
                unique: true,
                filter: "\"IsOpen\"");

            migrationBuilder.CreateIndex(
                name: "IX_returns_lines_OrderLineId",
                table: "returns_lines",
                column: "OrderLineId");

            migrationBuilder.CreateIndex(
                name: "IX_returns_lines_RequestId",
                table: "returns_lines",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_returns_outbox_messages_ProcessedUtc_OccurredUtc",
                table: "returns_outbox_messages",
                columns: new[] { "ProcessedUtc", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_returns_photos_RequestId",
                table: "returns_photos",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_returns_requests_BuyerId_CreatedUtc",
                table: "returns_requests",
                columns: new[] { "BuyerId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_returns_requests_Number",
                table: "returns_requests",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_returns_requests_ShopId_Status_CreatedUtc",
                table: "returns_requests",
                columns: new[] { "ShopId", "Status", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_returns_requests_Status_MerchantDeadlineUtc",
                table: "returns_requests",
                columns: new[] { "Status", "MerchantDeadlineUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_returns_requests_SubOrderId",
                table: "returns_requests",
                column: "SubOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_returns_steps_RequestId_Sequence",
                table: "returns_steps",
                columns: new[] { "RequestId", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "returns_inbox_messages");

            migrationBuilder.DropTable(
                name: "returns_lines");

            migrationBuilder.DropTable(
                name: "returns_outbox_messages");

            migrationBuilder.DropTable(
                name: "returns_photos");

            migrationBuilder.DropTable(
                name: "returns_refund_caps");

            migrationBuilder.DropTable(
                name: "returns_steps");

            migrationBuilder.DropTable(
                name: "returns_requests");
        }
    }
}
