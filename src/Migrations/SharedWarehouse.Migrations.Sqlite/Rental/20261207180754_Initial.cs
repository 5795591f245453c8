using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Rental
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rental_bookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuyerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitSerial = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    WarehouseName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BlockStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BlockEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HoldsUnit = table.Column<bool>(type: "INTEGER", nullable: false),
                    Fulfilment = table.Column<int>(type: "INTEGER", nullable: false),
                    DeliveryAddress = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DayPriceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    WeekPriceFen = table.Column<long>(type: "INTEGER", nullable: true),
                    MonthPriceFen = table.Column<long>(type: "INTEGER", nullable: true),
                    LateFeePerDayFen = table.Column<long>(type: "INTEGER", nullable: false),
                    EarlyReturn = table.Column<int>(type: "INTEGER", nullable: false),
                    BufferDays = table.Column<int>(type: "INTEGER", nullable: false),
                    RentFen = table.Column<long>(type: "INTEGER", nullable: false),
                    DepositFen = table.Column<long>(type: "INTEGER", nullable: false),
                    PayByUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PaymentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PaidUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OutOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OutTrackingNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReturnedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LateDays = table.Column<int>(type: "INTEGER", nullable: false),
                    LateFeeFen = table.Column<long>(type: "INTEGER", nullable: false),
                    DamageFen = table.Column<long>(type: "INTEGER", nullable: false),
                    DamageNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RentRefundFen = table.Column<long>(type: "INTEGER", nullable: false),
                    DepositRefundFen = table.Column<long>(type: "INTEGER", nullable: false),
                    BalanceDueFen = table.Column<long>(type: "INTEGER", nullable: false),
                    BalancePaymentRef = table.Column<Guid>(type: "TEXT", nullable: true),
                    RefundedFen = table.Column<long>(type: "INTEGER", nullable: false),
                    BuyerTurnUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastReminderOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rental_bookings", x => x.Id);
                    table.CheckConstraint("ck_bookings_block_after_start", "\"BlockEnd\" > \"BlockStart\"");
                });

            migrationBuilder.CreateTable(
                name: "rental_inbox_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rental_inbox_messages", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "rental_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SkuId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ImageUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DepositFen = table.Column<long>(type: "INTEGER", nullable: false),
                    DayPriceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    WeekPriceFen = table.Column<long>(type: "INTEGER", nullable: true),
                    MonthPriceFen = table.Column<long>(type: "INTEGER", nullable: true),
                    MinDays = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxDays = table.Column<int>(type: "INTEGER", nullable: false),
                    BufferDays = table.Column<int>(type: "INTEGER", nullable: false),
                    LateFeePerDayFen = table.Column<long>(type: "INTEGER", nullable: false),
                    EarlyReturn = table.Column<int>(type: "INTEGER", nullable: false),
                    IsListed = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rental_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rental_outbox_messages",
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
                    table.PrimaryKey("PK_rental_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rental_photos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StepSequence = table.Column<int>(type: "INTEGER", nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Length = table.Column<int>(type: "INTEGER", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rental_photos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rental_photos_rental_bookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "rental_bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rental_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_rental_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rental_steps_rental_bookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "rental_bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rental_units",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Serial = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    WarehouseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WarehouseName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    AddedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rental_units", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rental_units_rental_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "rental_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rental_bookings_BalancePaymentRef",
                table: "rental_bookings",
                column: "BalancePaymentRef");

            migrationBuilder.CreateIndex(
                name: "IX_rental_bookings_BuyerId_CreatedUtc",
                table: "rental_bookings",
                columns: new[] { "BuyerId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_rental_bookings_BuyerId_RequestKey",
                table: "rental_bookings",
                columns: new[] { "BuyerId", "RequestKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rental_bookings_Number",
                table: "rental_bookings",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rental_bookings_ShopId_Status_StartDate",
                table: "rental_bookings",
                columns: new[] { "ShopId", "Status", "StartDate" });

            migrationBuilder.CreateIndex(
                name: "IX_rental_bookings_Status_PayByUtc",
                table: "rental_bookings",
                columns: new[] { "Status", "PayByUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_rental_bookings_UnitId_BlockStart",
                table: "rental_bookings",
                columns: new[] { "UnitId", "BlockStart" });

            migrationBuilder.CreateIndex(
                name: "IX_rental_items_IsListed_CreatedUtc",
                table: "rental_items",
                columns: new[] { "IsListed", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_rental_items_ShopId_SkuId",
                table: "rental_items",
                columns: new[] { "ShopId", "SkuId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rental_outbox_messages_ProcessedUtc_OccurredUtc",
                table: "rental_outbox_messages",
                columns: new[] { "ProcessedUtc", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_rental_photos_BookingId",
                table: "rental_photos",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_rental_steps_BookingId_Sequence",
                table: "rental_steps",
                columns: new[] { "BookingId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rental_units_ItemId",
                table: "rental_units",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_rental_units_ShopId_Serial",
                table: "rental_units",
                columns: new[] { "ShopId", "Serial" },
                unique: true);

            // The guard against double booking, which EF's model cannot express (see RentalHolds).
            migrationBuilder.Sql(SharedWarehouse.Modules.Rental.Data.RentalHolds.SqliteUp);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SharedWarehouse.Modules.Rental.Data.RentalHolds.SqliteDown);

            migrationBuilder.DropTable(
                name: "rental_inbox_messages");

            migrationBuilder.DropTable(
                name: "rental_outbox_messages");

            migrationBuilder.DropTable(
                name: "rental_photos");

            migrationBuilder.DropTable(
                name: "rental_steps");

            migrationBuilder.DropTable(
                name: "rental_units");

            migrationBuilder.DropTable(
                name: "rental_bookings");

            migrationBuilder.DropTable(
                name: "rental_items");
        }
    }
}
