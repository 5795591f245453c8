using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.PostgreSql.Dropship
{
    /// <inheritdoc />
    public partial class MarketplaceImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SourcePlatform",
                schema: "dropship",
                table: "orders",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "column_mappings",
                schema: "dropship",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    HeaderJson = table.Column<string>(type: "text", nullable: false),
                    HeaderSignature = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ColumnsJson = table.Column<string>(type: "text", nullable: false),
                    Platform = table.Column<int>(type: "integer", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_column_mappings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "import_uploads",
                schema: "dropship",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    FilesJson = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConsumedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_uploads", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_column_mappings_ShopId_HeaderSignature",
                schema: "dropship",
                table: "column_mappings",
                columns: new[] { "ShopId", "HeaderSignature" });

            migrationBuilder.CreateIndex(
                name: "IX_column_mappings_ShopId_Name",
                schema: "dropship",
                table: "column_mappings",
                columns: new[] { "ShopId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_import_uploads_ExpiresUtc",
                schema: "dropship",
                table: "import_uploads",
                column: "ExpiresUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "column_mappings",
                schema: "dropship");

            migrationBuilder.DropTable(
                name: "import_uploads",
                schema: "dropship");

            migrationBuilder.DropColumn(
                name: "SourcePlatform",
                schema: "dropship",
                table: "orders");
        }
    }
}
