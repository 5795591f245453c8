using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Repair
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "repair_inbox_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_repair_inbox_messages", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "repair_outbox_messages",
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
                    table.PrimaryKey("PK_repair_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "repair_repairs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    BuyerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderLineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SpecText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Fault = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Warranty = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    PartsFen = table.Column<long>(type: "INTEGER", nullable: false),
                    LabourFen = table.Column<long>(type: "INTEGER", nullable: false),
                    QuoteValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    QuoteExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    QuoteNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PaidFen = table.Column<long>(type: "INTEGER", nullable: false),
                    PaymentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InboundCarrier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    InboundTrackingNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DroppedOff = table.Column<bool>(type: "INTEGER", nullable: false),
                    ItemReceivedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WorkNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReturnCarrier = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ReturnTrackingNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    RepairWarrantyUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_repair_repairs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "repair_terms",
                columns: table => new
                {
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WarrantyMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptsRepairs = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_repair_terms", x => new { x.ShopId, x.ProductId });
                    table.CheckConstraint("ck_terms_months", "\"WarrantyMonths\" >= 0 AND \"WarrantyMonths\" <= 120");
                });

            migrationBuilder.CreateTable(
                name: "repair_parts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RepairId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SkuId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SkuCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_repair_parts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_repair_parts_repair_repairs_RepairId",
                        column: x => x.RepairId,
                        principalTable: "repair_repairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "repair_photos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RepairId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Length = table.Column<int>(type: "INTEGER", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_repair_photos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_repair_photos_repair_repairs_RepairId",
                        column: x => x.RepairId,
                        principalTable: "repair_repairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "repair_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RepairId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Party = table.Column<int>(type: "INTEGER", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 560, nullable: true),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_repair_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_repair_steps_repair_repairs_RepairId",
                        column: x => x.RepairId,
                        principalTable: "repair_repairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_repair_outbox_messages_ProcessedUtc_OccurredUtc",
                table: "repair_outbox_messages",
                columns: new[] { "ProcessedUtc", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_repair_parts_Reference",
                table: "repair_parts",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_repair_parts_RepairId",
                table: "repair_parts",
                column: "RepairId");

            migrationBuilder.CreateIndex(
                name: "IX_repair_photos_RepairId",
                table: "repair_photos",
                column: "RepairId");

            migrationBuilder.CreateIndex(
                name: "IX_repair_repairs_BuyerId_CreatedUtc",
                table: "repair_repairs",
                columns: new[] { "BuyerId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_repair_repairs_Number",
                table: "repair_repairs",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_repair_repairs_OrderLineId",
                table: "repair_repairs",
                column: "OrderLineId");

            migrationBuilder.CreateIndex(
                name: "IX_repair_repairs_ShopId_Status_CreatedUtc",
                table: "repair_repairs",
                columns: new[] { "ShopId", "Status", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_repair_repairs_Status_QuoteExpiresUtc",
                table: "repair_repairs",
                columns: new[] { "Status", "QuoteExpiresUtc" });

            migrationBuilder.CreateIndex(
                name: "ix_repairs_one_open_per_line",
                table: "repair_repairs",
                column: "OrderLineId",
                unique: true,
                filter: "\"IsOpen\"");

            migrationBuilder.CreateIndex(
                name: "IX_repair_steps_RepairId_Sequence",
                table: "repair_steps",
                columns: new[] { "RepairId", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "repair_inbox_messages");

            migrationBuilder.DropTable(
                name: "repair_outbox_messages");

            migrationBuilder.DropTable(
                name: "repair_parts");

            migrationBuilder.DropTable(
                name: "repair_photos");

            migrationBuilder.DropTable(
                name: "repair_steps");

            migrationBuilder.DropTable(
                name: "repair_terms");

            migrationBuilder.DropTable(
                name: "repair_repairs");
        }
    }
}
