using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Wallet
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "wallet_accounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BalanceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    HeldFen = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_accounts", x => x.Id);
                    table.CheckConstraint("ck_accounts_available", "\"HeldFen\" >= 0 AND \"BalanceFen\" - \"HeldFen\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "wallet_awaiting_funds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DocumentId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SinceUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_awaiting_funds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wallet_holds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DocumentId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SettledFen = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_holds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wallet_inbox_messages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProcessedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_inbox_messages", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateTable(
                name: "wallet_ledger_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    DocumentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DocumentId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_ledger_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wallet_outbox_messages",
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
                    table.PrimaryKey("PK_wallet_outbox_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wallet_recharges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PaymentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreditedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_recharges", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_wallet_accounts_ShopId",
                table: "wallet_accounts",
                column: "ShopId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wallet_awaiting_funds_DocumentType_DocumentId",
                table: "wallet_awaiting_funds",
                columns: new[] { "DocumentType", "DocumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wallet_awaiting_funds_ShopId_SinceUtc",
                table: "wallet_awaiting_funds",
                columns: new[] { "ShopId", "SinceUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_wallet_holds_DocumentType_DocumentId",
                table: "wallet_holds",
                columns: new[] { "DocumentType", "DocumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wallet_holds_ShopId_Status",
                table: "wallet_holds",
                columns: new[] { "ShopId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_wallet_ledger_entries_AccountId_Kind_DocumentType_DocumentId",
                table: "wallet_ledger_entries",
                columns: new[] { "AccountId", "Kind", "DocumentType", "DocumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wallet_ledger_entries_ShopId_CreatedUtc",
                table: "wallet_ledger_entries",
                columns: new[] { "ShopId", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_wallet_outbox_messages_ProcessedUtc_OccurredUtc",
                table: "wallet_outbox_messages",
                columns: new[] { "ProcessedUtc", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_wallet_recharges_Number",
                table: "wallet_recharges",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wallet_recharges_ShopId_CreatedUtc",
                table: "wallet_recharges",
                columns: new[] { "ShopId", "CreatedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wallet_accounts");

            migrationBuilder.DropTable(
                name: "wallet_awaiting_funds");

            migrationBuilder.DropTable(
                name: "wallet_holds");

            migrationBuilder.DropTable(
                name: "wallet_inbox_messages");

            migrationBuilder.DropTable(
                name: "wallet_ledger_entries");

            migrationBuilder.DropTable(
                name: "wallet_outbox_messages");

            migrationBuilder.DropTable(
                name: "wallet_recharges");
        }
    }
}
