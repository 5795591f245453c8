using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.PostgreSql.Rental
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "rental");

            migrationBuilder.CreateTable(
                name: "bookings",
                schema: "rental",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    ShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    BuyerId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestKey = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitSerial = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    WarehouseName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    BlockStart = table.Column<DateOnly>(type: "date", nullable: false),
                    BlockEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    HoldsUnit = table.Column<bool>(type: "boolean", nullable: false),
                    Fulfilment = table.Column<int>(type: "integer", nullable: false),
                    DeliveryAddress = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DayPriceFen = table.Column<long>(type: "bigint", nullable: false),
                    WeekPriceFen = table.Column<long>(type: "bigint", nullable: true),
                    MonthPriceFen = table.Column<long>(type: "bigint", nullable: true),
                    LateFeePerDayFen = table.Column<long>(type: "bigint", nullable: false),
                    EarlyReturn = table.Column<int>(type: "integer", nullable: false),
                    BufferDays = table.Column<int>(type: "integer", nullable: false),
                    RentFen = table.Column<long>(type: "bigint", nullable: false),
                    DepositFen = table.Column<long>(type: "bigint", nullable: false),
                    PayByUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PaymentId = table.Column<Guid>(type: "uuid", nullable: true),
                    PaidUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OutOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OutTrackingNumber = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReturnedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LateDays = table.Column<int>(type: "integer", nullable: false),
                    LateFeeFen = table.Column<long>(type: "bigint", nullable: false),
                    DamageFen = table.Column<long>(type: "bigint", nullable: false),
                    DamageNote = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RentRefundFen = table.Column<long>(type: "bigint", nullable: false),
                    DepositRefundFen = table.Column<long>(type: "bigint", nullable: false),
                    BalanceDueFen = table.Column<long>(type: "bigint", nullable: false),
                    BalancePaymentRef = table.Column<Guid>(type: "uuid", nullable: true),
                    RefundedFen = table.Column<long>(type: "bigint", nullable: false),
                    BuyerTurnUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastReminderOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bookings", x => x.Id);
                    table.CheckConstraint("ck_bookings_block_after_start", "\"BlockEnd\" > \"BlockStart\"");
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "rental",
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
                name: "items",
                schema: "rental",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    SkuId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ImageUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DepositFen = table.Column<long>(type: "bigint", nullable: false),
                    DayPriceFen = table.Column<long>(type: "bigint", nullable: false),
                    WeekPriceFen = table.Column<long>(type: "bigint", nullable: true),
                    MonthPriceFen = table.Column<long>(type: "bigint", nullable: true),
                    MinDays = table.Column<int>(type: "integer", nullable: false),
                    MaxDays = table.Column<int>(type: "integer", nullable: false),
                    BufferDays = table.Column<int>(type: "integer", nullable: false),
                    LateFeePerDayFen = table.Column<long>(type: "bigint", nullable: false),
                    EarlyReturn = table.Column<int>(type: "integer", nullable: false),
                    IsListed = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "rental",
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
                name: "photos",
                schema: "rental",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BookingId = table.Column<Guid>(type: "uuid", nullable: false),
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
                        name: "FK_photos_bookings_BookingId",
                        column: x => x.BookingId,
                        principalSchema: "rental",
                        principalTable: "bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "steps",
                schema: "rental",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BookingId = table.Column<Guid>(type: "uuid", nullable: false),
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
                        name: "FK_steps_bookings_BookingId",
                        column: x => x.BookingId,
                        principalSchema: "rental",
                        principalTable: "bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "units",
                schema: "rental",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    ShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    Serial = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    WarehouseId = table.Column<Guid>(type: "uuid", nullable: false),
                    WarehouseName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    AddedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_units_items_ItemId",
                        column: x => x.ItemId,
                        principalSchema: "rental",
                        principalTable: "items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bookings_BalancePaymentRef",
                schema: "rental",
                table: "bookings",
                column: "BalancePaymentRef");

            migrationBuilder.CreateIndex(
                name: "IX_bookings_BuyerId_CreatedUtc",
                schema: "rental",
                table: "bookings",
                columns: new[] { "BuyerId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_bookings_BuyerId_RequestKey",
                schema: "rental",
                table: "bookings",
                columns: new[] { "BuyerId", "RequestKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_bookings_Number",
                schema: "rental",
                table: "bookings",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_bookings_ShopId_Status_StartDate",
                schema: "rental",
                table: "bookings",
                columns: new[] { "ShopId", "Status", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_bookings_Status_PayByUtc",
                schema: "rental",
                table: "bookings",
                columns: new[] { "Status", "PayByUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_bookings_UnitId_BlockStart",
                schema: "rental",
                table: "bookings",
                columns: new[] { "UnitId", "BlockStart" });

            migrationBuilder.CreateIndex(
                name: "IX_items_IsListed_CreatedUtc",
                schema: "rental",
                table: "items",
                columns: new[] { "IsListed", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_items_ShopId_SkuId",
                schema: "rental",
                table: "items",
                columns: new[] { "ShopId", "SkuId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedUtc_OccurredUtc",
                schema: "rental",
                table: "outbox_messages",
                columns: new[] { "ProcessedUtc", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_photos_BookingId",
                schema: "rental",
                table: "photos",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_steps_BookingId_Sequence",
                schema: "rental",
                table: "steps",
                columns: new[] { "BookingId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_units_ItemId",
                schema: "rental",
                table: "units",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_units_ShopId_Serial",
                schema: "rental",
                table: "units",
                columns: new[] { "ShopId", "Serial" },
                unique: true);

            // The guard against double booking, which EF's model cannot express (see RentalHolds).
            migrationBuilder.Sql(SharedWarehouse.Modules.Rental.Data.RentalHolds.PostgreSqlUp);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SharedWarehouse.Modules.Rental.Data.RentalHolds.PostgreSqlDown);

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "rental");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "rental");

            migrationBuilder.DropTable(
                name: "photos",
                schema: "rental");

            migrationBuilder.DropTable(
                name: "steps",
                schema: "rental");

            migrationBuilder.DropTable(
                name: "units",
                schema: "rental");

            migrationBuilder.DropTable(
                name: "bookings",
                schema: "rental");

            migrationBuilder.DropTable(
                name: "items",
                schema: "rental");
        }
    }
}
