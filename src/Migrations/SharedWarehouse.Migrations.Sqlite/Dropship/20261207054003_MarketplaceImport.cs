using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Dropship
{
    /// <inheritdoc />
    public partial class MarketplaceImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SourcePlatform",
                table: "dropship_orders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "dropship_column_mappings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    HeaderJson = table.Column<string>(type: "TEXT", nullable: false),
                    HeaderSignature = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ColumnsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Platform = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dropship_column_mappings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dropship_import_uploads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FilesJson = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConsumedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dropship_import_uploads", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dropship_column_mappings_ShopId_HeaderSignature",
                table: "dropship_column_mappings",
                columns: new[] { "ShopId", "HeaderSignature" });

            migrationBuilder.CreateIndex(
                name: "IX_dropship_column_mappings_ShopId_Name",
                table: "dropship_column_mappings",
                columns: new[] { "ShopId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dropship_import_uploads_ExpiresUtc",
                table: "dropship_import_uploads",
                column: "ExpiresUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dropship_column_mappings");

            migrationBuilder.DropTable(
                name: "dropship_import_uploads");

            migrationBuilder.DropColumn(
                name: "SourcePlatform",
                table: "dropship_orders");
        }
    }
}
