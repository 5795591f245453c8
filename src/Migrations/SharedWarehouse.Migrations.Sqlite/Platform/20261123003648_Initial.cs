using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Platform
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "platform_inbox_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_inbox_messages", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "platform_job_statuses",
                columns: table => new
                {
                    JobName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LastStartedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastFinishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSucceeded = table.Column<bool>(type: "INTEGER", nullable: true),
                    LastResult = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LastNode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RunCount = table.Column<long>(type: "INTEGER", nullable: false),
                    FailureCount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_platform_job_statuses", x => x.JobName);
                });

            migrationBuilder.CreateTable(
                name: "platform_outbox_messages",
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
                    table.PrimaryKey("PK_platform_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_platform_outbox_messages_ProcessedUtc_OccurredUtc",
                table: "platform_outbox_messages",
                columns: new[] { "ProcessedUtc", "OccurredUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "platform_inbox_messages");

            migrationBuilder.DropTable(
                name: "platform_job_statuses");

            migrationBuilder.DropTable(
                name: "platform_outbox_messages");
        }
    }
}
