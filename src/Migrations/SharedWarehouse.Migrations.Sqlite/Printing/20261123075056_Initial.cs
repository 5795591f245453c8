using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Printing
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "printing_inbox_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_printing_inbox_messages", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "printing_outbox_messages",
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
                    table.PrimaryKey("PK_printing_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "printing_print_jobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PrinterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    LabelId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LabelJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PaperWidthMm = table.Column<int>(type: "INTEGER", nullable: false),
                    Payload = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LeaseUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LeaseToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastAttemptUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PrintedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReprintOfId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_printing_print_jobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "printing_printers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Host = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Port = table.Column<int>(type: "INTEGER", nullable: false),
                    Protocol = table.Column<int>(type: "INTEGER", nullable: false),
                    PaperWidthMm = table.Column<int>(type: "INTEGER", nullable: false),
                    PickerPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Station = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_printing_printers", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_printing_outbox_messages_ProcessedUtc_OccurredUtc",
                table: "printing_outbox_messages",
                columns: new[] { "ProcessedUtc", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_printing_print_jobs_CreatedUtc",
                table: "printing_print_jobs",
                column: "CreatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_printing_print_jobs_IdempotencyKey",
                table: "printing_print_jobs",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_printing_print_jobs_PrinterId_Status_CreatedUtc",
                table: "printing_print_jobs",
                columns: new[] { "PrinterId", "Status", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_printing_print_jobs_Status_NextAttemptUtc",
                table: "printing_print_jobs",
                columns: new[] { "Status", "NextAttemptUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_printing_printers_Name",
                table: "printing_printers",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_printing_printers_PickerPhone",
                table: "printing_printers",
                column: "PickerPhone",
                unique: true,
                filter: "\"PickerPhone\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_printing_printers_Station",
                table: "printing_printers",
                column: "Station");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "printing_inbox_messages");

            migrationBuilder.DropTable(
                name: "printing_outbox_messages");

            migrationBuilder.DropTable(
                name: "printing_print_jobs");

            migrationBuilder.DropTable(
                name: "printing_printers");
        }
    }
}
