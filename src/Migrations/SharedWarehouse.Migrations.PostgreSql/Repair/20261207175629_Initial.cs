using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.PostgreSql.Repair
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "repair");

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "repair",
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
                schema: "repair",
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
                name: "repairs",
                schema: "repair",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    BuyerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderLineId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SpecText = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Fault = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Warranty = table.Column<int>(type: "integer", nullable: false),
                    ReceivedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsOpen = table.Column<bool>(type: "boolean", nullable: false),
                    PartsFen = table.Column<long>(type: "bigint", nullable: false),
                    LabourFen = table.Column<long>(type: "bigint", nullable: false),
                    QuoteValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    QuoteExpiresUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    QuoteNote = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PaidFen = table.Column<long>(type: "bigint", nullable: false),
                    PaymentId = table.Column<Guid>(type: "uuid", nullable: true),
                    InboundCarrier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    InboundTrackingNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DroppedOff = table.Column<bool>(type: "boolean", nullable: false),
                    ItemReceivedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    WorkNote = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReturnCarrier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ReturnTrackingNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    RepairWarrantyUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_repairs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "terms",
                schema: "repair",
                columns: table => new
                {
                    ShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    WarrantyMonths = table.Column<int>(type: "integer", nullable: false),
                    AcceptsRepairs = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_terms", x => new { x.ShopId, x.ProductId });
                    table.CheckConstraint("ck_terms_months", "\"WarrantyMonths\" >= 0 AND \"WarrantyMonths\" <= 120");
                });

            migrationBuilder.CreateTable(
                name: "parts",
                schema: "repair",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RepairId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SkuId = table.Column<Guid>(type: "uuid", nullable: false),
                    SkuCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_parts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_parts_repairs_RepairId",
                        column: x => x.RepairId,
                        principalSchema: "repair",
                        principalTable: "repairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "photos",
                schema: "repair",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RepairId = table.Column<Guid>(type: "uuid", nullable: false),
                    StoredName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Length = table.Column<int>(type: "integer", nullable: false),
                    Width = table.Column<int>(type: "integer", nullable: false),
                    Height = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_photos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_photos_repairs_RepairId",
                        column: x => x.RepairId,
                        principalSchema: "repair",
                        principalTable: "repairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "steps",
                schema: "repair",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RepairId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Party = table.Column<int>(type: "integer", nullable: false),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "character varying(560)", maxLength: 560, nullable: true),
                    AmountFen = table.Column<long>(type: "bigint", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_steps_repairs_RepairId",
                        column: x => x.RepairId,
                        principalSchema: "repair",
                        principalTable: "repairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ProcessedUtc_OccurredUtc",
                schema: "repair",
                table: "outbox_messages",
                columns: new[] { "ProcessedUtc", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_parts_Reference",
                schema: "repair",
                table: "parts",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_parts_RepairId",
                schema: "repair",
                table: "parts",
                column: "RepairId");

            migrationBuilder.CreateIndex(
                name: "IX_photos_RepairId",
                schema: "repair",
                table: "photos",
                column: "RepairId");

            migrationBuilder.CreateIndex(
                name: "IX_repairs_BuyerId_CreatedUtc",
                schema: "repair",
                table: "repairs",
                columns: new[] { "BuyerId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_repairs_Number",
                schema: "repair",
                table: "repairs",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_repairs_one_open_per_line",
                schema: "repair",
                table: "repairs",
                column: "OrderLineId",
                unique: true,
                filter: "\"IsOpen\"");

            migrationBuilder.CreateIndex(
                name: "IX_repairs_OrderLineId",
                schema: "repair",
                table: "repairs",
                column: "OrderLineId");

            migrationBuilder.CreateIndex(
                name: "IX_repairs_ShopId_Status_CreatedUtc",
                schema: "repair",
                table: "repairs",
                columns: new[] { "ShopId", "Status", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_repairs_Status_QuoteExpiresUtc",
                schema: "repair",
                table: "repairs",
                columns: new[] { "Status", "QuoteExpiresUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_steps_RepairId_Sequence",
                schema: "repair",
                table: "steps",
                columns: new[] { "RepairId", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "repair");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "repair");

            migrationBuilder.DropTable(
                name: "parts",
                schema: "repair");

            migrationBuilder.DropTable(
                name: "photos",
                schema: "repair");

            migrationBuilder.DropTable(
                name: "steps",
                schema: "repair");

            migrationBuilder.DropTable(
                name: "terms",
                schema: "repair");

            migrationBuilder.DropTable(
                name: "repairs",
                schema: "repair");
        }
    }
}
