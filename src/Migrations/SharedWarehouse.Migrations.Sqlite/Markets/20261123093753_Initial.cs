using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Markets
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "markets_inbox_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_markets_inbox_messages", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "markets_markets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_markets_markets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "markets_outbox_messages",
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
                    table.PrimaryKey("PK_markets_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "markets_stall_codes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NormalizedCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_markets_stall_codes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "markets_floors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DisplayOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_markets_floors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_markets_floors_markets_markets_MarketId",
                        column: x => x.MarketId,
                        principalTable: "markets_markets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "markets_stalls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FloorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NormalizedNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_markets_stalls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_markets_stalls_markets_floors_FloorId",
                        column: x => x.FloorId,
                        principalTable: "markets_floors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_markets_stalls_markets_markets_MarketId",
                        column: x => x.MarketId,
                        principalTable: "markets_markets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "markets_stall_code_options",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StallCodeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StyleNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_markets_stall_code_options", x => x.Id);
                    table.ForeignKey(
                        name: "FK_markets_stall_code_options_markets_stall_codes_StallCodeId",
                        column: x => x.StallCodeId,
                        principalTable: "markets_stall_codes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_markets_stall_code_options_markets_stalls_StallId",
                        column: x => x.StallId,
                        principalTable: "markets_stalls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_markets_floors_MarketId_NormalizedName",
                table: "markets_floors",
                columns: new[] { "MarketId", "NormalizedName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_markets_markets_NormalizedName",
                table: "markets_markets",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_markets_outbox_messages_ProcessedUtc_OccurredUtc",
                table: "markets_outbox_messages",
                columns: new[] { "ProcessedUtc", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_markets_stall_code_options_StallCodeId_StallId",
                table: "markets_stall_code_options",
                columns: new[] { "StallCodeId", "StallId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_markets_stall_code_options_StallId",
                table: "markets_stall_code_options",
                column: "StallId");

            migrationBuilder.CreateIndex(
                name: "IX_markets_stall_codes_ShopId_NormalizedCode",
                table: "markets_stall_codes",
                columns: new[] { "ShopId", "NormalizedCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_markets_stalls_FloorId_NormalizedNumber",
                table: "markets_stalls",
                columns: new[] { "FloorId", "NormalizedNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_markets_stalls_MarketId",
                table: "markets_stalls",
                column: "MarketId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "markets_inbox_messages");

            migrationBuilder.DropTable(
                name: "markets_outbox_messages");

            migrationBuilder.DropTable(
                name: "markets_stall_code_options");

            migrationBuilder.DropTable(
                name: "markets_stall_codes");

            migrationBuilder.DropTable(
                name: "markets_stalls");

            migrationBuilder.DropTable(
                name: "markets_floors");

            migrationBuilder.DropTable(
                name: "markets_markets");
        }
    }
}
