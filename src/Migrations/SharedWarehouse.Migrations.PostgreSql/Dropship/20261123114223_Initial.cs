using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.PostgreSql.Dropship
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "dropship");

            migrationBuilder.CreateTable(
                name: "accounts",
                schema: "dropship",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    Mode = table.Column<int>(type: "integer", nullable: false),
                    ApiKeyPrefix = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    ApiKeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ApiKeyIssuedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CallbackUrl = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SenderName = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SenderPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SenderRegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    SenderAddress = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "dropship",
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
                name: "orders",
                schema: "dropship",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ExternalOrderId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Mode = table.Column<int>(type: "integer", nullable: false),
                    Scope = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceiverName = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ReceiverPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReceiverRegionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    ReceiverAddress = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    BuyerMessage = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Filtered = table.Column<bool>(type: "boolean", nullable: false),
                    HoldFen = table.Column<long>(type: "bigint", nullable: false),
                    HoldVersion = table.Column<int>(type: "integer", nullable: false),
                    HoldPlaced = table.Column<bool>(type: "boolean", nullable: false),
                    RetryHold = table.Column<bool>(type: "boolean", nullable: false),
                    ReturnWaybill = table.Column<string>(type: "text", nullable: true),
                    SettledFen = table.Column<long>(type: "bigint", nullable: true),
                    Slot = table.Column<int>(type: "integer", nullable: true),
                    CarrierName = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    TrackingNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ShippedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    TrackingReportedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CallbackFailures = table.Column<int>(type: "integer", nullable: false),
                    NextCallbackUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReleasedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastHoldAttemptUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CloseReason = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "dropship",
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
                name: "pickers",
                schema: "dropship",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamShopId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    AddedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pickers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pickup_tasks",
                schema: "dropship",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    LineId = table.Column<Guid>(type: "uuid", nullable: false),
                    ShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamShopId = table.Column<Guid>(type: "uuid", nullable: true),
                    OrderNumber = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    LabelId = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StallId = table.Column<Guid>(type: "uuid", nullable: false),
                    MarketId = table.Column<Guid>(type: "uuid", nullable: false),
                    MarketName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    FloorName = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    FloorOrder = table.Column<int>(type: "integer", nullable: false),
                    StallNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    StallContact = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    StyleNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SkuCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Colour = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Size = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    DeclaredUnitFen = table.Column<long>(type: "bigint", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PickerUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    PickerName = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    PaidUnitFen = table.Column<long>(type: "bigint", nullable: true),
                    DoneUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AvailableOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PrintJobId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pickup_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "returns",
                schema: "dropship",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    Scope = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamShopId = table.Column<Guid>(type: "uuid", nullable: true),
                    Mode = table.Column<int>(type: "integer", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderNumber = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    LineId = table.Column<Guid>(type: "uuid", nullable: false),
                    SkuCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Colour = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Size = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    ReturnWaybill = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReturnLabelId = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    InspectedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PrintJobId = table.Column<Guid>(type: "uuid", nullable: true),
                    StallId = table.Column<Guid>(type: "uuid", nullable: true),
                    StallText = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: true),
                    MarketName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    FloorOrder = table.Column<int>(type: "integer", nullable: false),
                    PaidUnitFen = table.Column<long>(type: "bigint", nullable: true),
                    PickerName = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    PickedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SoldToOrderId = table.Column<Guid>(type: "uuid", nullable: true),
                    StallRefundFen = table.Column<long>(type: "bigint", nullable: true),
                    StallPickerName = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    StallDoneUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreditedFen = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_returns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "order_lines",
                schema: "dropship",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    LineNumber = table.Column<int>(type: "integer", nullable: false),
                    SkuCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Colour = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Size = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    DeclaredUnitFen = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CatalogSkuId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReservationReference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: true),
                    LabelId = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    PaidUnitFen = table.Column<long>(type: "bigint", nullable: true),
                    QuotedUnitFen = table.Column<long>(type: "bigint", nullable: true),
                    AvailableOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PreferredStallId = table.Column<Guid>(type: "uuid", nullable: true),
                    NotBefore = table.Column<DateOnly>(type: "date", nullable: true),
                    ReturnCaseId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_order_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_order_lines_orders_OrderId",
                        column: x => x.OrderId,
                        principalSchema: "dropship",
                        principalTable: "orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_ApiKeyPrefix",
                schema: "dropship",
                table: "accounts",
                column: "ApiKeyPrefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_accounts_ShopId",
                schema: "dropship",
                table: "accounts",
                column: "ShopId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_order_lines_LabelId",
                schema: "dropship",
                table: "order_lines",
                column: "LabelId");

            migrationBuilder.CreateIndex(
                name: "IX_order_lines_OrderId",
                schema: "dropship",
                table: "order_lines",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_orders_Number",
                schema: "dropship",
                table: "orders",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_Scope_Slot",
                schema: "dropship",
                table: "orders",
                columns: new[] { "Scope", "Slot" },
                unique: true,
                filter: "\"Slot\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_orders_Scope_Status",
                schema: "dropship",
                table: "orders",
                columns: new[] { "Scope", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_ShopId_CreatedUtc",
                schema: "dropship",
                table: "orders",
                columns: new[] { "ShopId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_ShopId_ExternalOrderId",
                schema: "dropship",
                table: "orders",
                columns: new[] { "ShopId", "ExternalOrderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_orders_TrackingNumber",
                schema: "dropship",
                table: "orders",
                column: "TrackingNumber");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedUtc_OccurredUtc",
                schema: "dropship",
                table: "outbox_messages",
                columns: new[] { "ProcessedUtc", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_pickers_TeamShopId",
                schema: "dropship",
                table: "pickers",
                column: "TeamShopId");

            migrationBuilder.CreateIndex(
                name: "IX_pickers_UserId",
                schema: "dropship",
                table: "pickers",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pickup_tasks_LabelId",
                schema: "dropship",
                table: "pickup_tasks",
                column: "LabelId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pickup_tasks_LineId",
                schema: "dropship",
                table: "pickup_tasks",
                column: "LineId");

            migrationBuilder.CreateIndex(
                name: "IX_pickup_tasks_TeamShopId_Status_DueOn",
                schema: "dropship",
                table: "pickup_tasks",
                columns: new[] { "TeamShopId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_returns_LineId",
                schema: "dropship",
                table: "returns",
                column: "LineId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_returns_ReturnLabelId",
                schema: "dropship",
                table: "returns",
                column: "ReturnLabelId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_returns_ShopId_SkuCode_Status",
                schema: "dropship",
                table: "returns",
                columns: new[] { "ShopId", "SkuCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_returns_TeamShopId_Status",
                schema: "dropship",
                table: "returns",
                columns: new[] { "TeamShopId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accounts",
                schema: "dropship");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "dropship");

            migrationBuilder.DropTable(
                name: "order_lines",
                schema: "dropship");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "dropship");

            migrationBuilder.DropTable(
                name: "pickers",
                schema: "dropship");

            migrationBuilder.DropTable(
                name: "pickup_tasks",
                schema: "dropship");

            migrationBuilder.DropTable(
                name: "returns",
                schema: "dropship");

            migrationBuilder.DropTable(
                name: "orders",
                schema: "dropship");
        }
    }
}
