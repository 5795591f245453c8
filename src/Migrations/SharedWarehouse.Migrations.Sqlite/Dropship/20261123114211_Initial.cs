using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Dropship
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dropship_accounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    ApiKeyPrefix = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    ApiKeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ApiKeyIssuedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CallbackUrl = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SenderName = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SenderPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SenderRegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    SenderAddress = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dropship_accounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dropship_inbox_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dropship_inbox_messages", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "dropship_orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ExternalOrderId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    Scope = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceiverName = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ReceiverPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceiverRegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ReceiverAddress = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    BuyerMessage = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Filtered = table.Column<bool>(type: "INTEGER", nullable: false),
                    HoldFen = table.Column<long>(type: "INTEGER", nullable: false),
                    HoldVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    HoldPlaced = table.Column<bool>(type: "INTEGER", nullable: false),
                    RetryHold = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReturnWaybill = table.Column<string>(type: "TEXT", nullable: true),
                    SettledFen = table.Column<long>(type: "INTEGER", nullable: true),
                    Slot = table.Column<int>(type: "INTEGER", nullable: true),
                    CarrierName = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ShippedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TrackingReportedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CallbackFailures = table.Column<int>(type: "INTEGER", nullable: false),
                    NextCallbackUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReleasedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastHoldAttemptUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CloseReason = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dropship_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dropship_outbox_messages",
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
                    table.PrimaryKey("PK_dropship_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dropship_pickers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamShopId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    AddedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dropship_pickers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dropship_pickup_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamShopId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    LabelId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    FloorName = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    FloorOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    StallNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    StallContact = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    StyleNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SkuCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Colour = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Size = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    DeclaredUnitFen = table.Column<long>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PickerUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PickerName = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PaidUnitFen = table.Column<long>(type: "INTEGER", nullable: true),
                    DoneUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AvailableOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PrintJobId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dropship_pickup_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dropship_returns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Scope = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamShopId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    LineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SkuCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Colour = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Size = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturnWaybill = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReturnLabelId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    InspectedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PrintJobId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StallId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StallText = table.Column<string>(type: "TEXT", maxLength: 140, nullable: true),
                    MarketName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    FloorOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    PaidUnitFen = table.Column<long>(type: "INTEGER", nullable: true),
                    PickerName = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PickedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SoldToOrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StallRefundFen = table.Column<long>(type: "INTEGER", nullable: true),
                    StallPickerName = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    StallDoneUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreditedFen = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dropship_returns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dropship_order_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    SkuCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Colour = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Size = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    DeclaredUnitFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CatalogSkuId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReservationReference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LabelId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    PaidUnitFen = table.Column<long>(type: "INTEGER", nullable: true),
                    QuotedUnitFen = table.Column<long>(type: "INTEGER", nullable: true),
                    AvailableOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PreferredStallId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NotBefore = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReturnCaseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dropship_order_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dropship_order_lines_dropship_orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "dropship_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dropship_accounts_ApiKeyPrefix",
                table: "dropship_accounts",
                column: "ApiKeyPrefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dropship_accounts_ShopId",
                table: "dropship_accounts",
                column: "ShopId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dropship_order_lines_LabelId",
                table: "dropship_order_lines",
                column: "LabelId");

            migrationBuilder.CreateIndex(
                name: "IX_dropship_order_lines_OrderId",
                table: "dropship_order_lines",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_dropship_orders_Number",
                table: "dropship_orders",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dropship_orders_Scope_Slot",
                table: "dropship_orders",
                columns: new[] { "Scope", "Slot" },
                unique: true,
                filter: "\"Slot\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_dropship_orders_Scope_Status",
                table: "dropship_orders",
                columns: new[] { "Scope", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_dropship_orders_ShopId_CreatedUtc",
                table: "dropship_orders",
                columns: new[] { "ShopId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_dropship_orders_ShopId_ExternalOrderId",
                table: "dropship_orders",
                columns: new[] { "ShopId", "ExternalOrderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dropship_orders_TrackingNumber",
                table: "dropship_orders",
                column: "TrackingNumber");

            migrationBuilder.CreateIndex(
                name: "IX_dropship_outbox_messages_ProcessedUtc_OccurredUtc",
                table: "dropship_outbox_messages",
                columns: new[] { "ProcessedUtc", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_dropship_pickers_TeamShopId",
                table: "dropship_pickers",
                column: "TeamShopId");

            migrationBuilder.CreateIndex(
                name: "IX_dropship_pickers_UserId",
                table: "dropship_pickers",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dropship_pickup_tasks_LabelId",
                table: "dropship_pickup_tasks",
                column: "LabelId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dropship_pickup_tasks_LineId",
                table: "dropship_pickup_tasks",
                column: "LineId");

            migrationBuilder.CreateIndex(
                name: "IX_dropship_pickup_tasks_TeamShopId_Status_DueOn",
                table: "dropship_pickup_tasks",
                columns: new[] { "TeamShopId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_dropship_returns_LineId",
                table: "dropship_returns",
                column: "LineId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dropship_returns_ReturnLabelId",
                table: "dropship_returns",
                column: "ReturnLabelId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dropship_returns_ShopId_SkuCode_Status",
                table: "dropship_returns",
                columns: new[] { "ShopId", "SkuCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_dropship_returns_TeamShopId_Status",
                table: "dropship_returns",
                columns: new[] { "TeamShopId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dropship_accounts");

            migrationBuilder.DropTable(
                name: "dropship_inbox_messages");

            migrationBuilder.DropTable(
                name: "dropship_order_lines");

            migrationBuilder.DropTable(
                name: "dropship_outbox_messages");

            migrationBuilder.DropTable(
                name: "dropship_pickers");

            migrationBuilder.DropTable(
                name: "dropship_pickup_tasks");

            migrationBuilder.DropTable(
                name: "dropship_returns");

            migrationBuilder.DropTable(
                name: "dropship_orders");
        }
    }
}
