using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Merchants
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "merchants_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopName = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NormalizedShopName = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ShopType = table.Column<int>(type: "INTEGER", nullable: false),
                    BusinessScope = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    LegalPersonName = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    LicenseImage = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IdImage = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RejectionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_merchants_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "merchants_inbox_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_merchants_inbox_messages", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "merchants_outbox_messages",
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
                    table.PrimaryKey("PK_merchants_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "merchants_shops",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    BusinessScope = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_merchants_shops", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "merchants_application_history",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_merchants_application_history", x => x.Id);
                    table.ForeignKey(
                        name: "FK_merchants_application_history_merchants_applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "merchants_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_merchants_application_history_ApplicationId_AtUtc",
                table: "merchants_application_history",
                columns: new[] { "ApplicationId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_merchants_applications_ApplicantId",
                table: "merchants_applications",
                column: "ApplicantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_merchants_applications_NormalizedShopName",
                table: "merchants_applications",
                column: "NormalizedShopName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_merchants_applications_Status_RegionCode",
                table: "merchants_applications",
                columns: new[] { "Status", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_merchants_outbox_messages_ProcessedUtc_OccurredUtc",
                table: "merchants_outbox_messages",
                columns: new[] { "ProcessedUtc", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_merchants_shops_ApplicationId",
                table: "merchants_shops",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_merchants_shops_NormalizedName",
                table: "merchants_shops",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_merchants_shops_OwnerId",
                table: "merchants_shops",
                column: "OwnerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "merchants_application_history");

            migrationBuilder.DropTable(
                name: "merchants_inbox_messages");

            migrationBuilder.DropTable(
                name: "merchants_outbox_messages");

            migrationBuilder.DropTable(
                name: "merchants_shops");

            migrationBuilder.DropTable(
                name: "merchants_applications");
        }
    }
}
