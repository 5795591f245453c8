using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Returns
{
    /// <inheritdoc />
    public partial class ExchangeAndConsignment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SupplierShopId",
                table: "returns_requests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsConsigned",
                table: "returns_lines",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "ProductId",
                table: "returns_lines",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "ReplacementRef",
                table: "returns_lines",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplacementSkuCode",
                table: "returns_lines",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReplacementSkuId",
                table: "returns_lines",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplacementSpecText",
                table: "returns_lines",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SkuId",
                table: "returns_lines",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateIndex(
                name: "IX_returns_requests_SupplierShopId_Status",
                table: "returns_requests",
                columns: new[] { "SupplierShopId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_returns_requests_SupplierShopId_Status",
                table: "returns_requests");

            migrationBuilder.DropColumn(
                name: "SupplierShopId",
                table: "returns_requests");

            migrationBuilder.DropColumn(
                name: "IsConsigned",
                table: "returns_lines");

            migrationBuilder.DropColumn(
                name: "ProductId",
                table: "returns_lines");

            migrationBuilder.DropColumn(
                name: "ReplacementRef",
                table: "returns_lines");

            migrationBuilder.DropColumn(
                name: "ReplacementSkuCode",
                table: "returns_lines");

            migrationBuilder.DropColumn(
                name: "ReplacementSkuId",
                table: "returns_lines");

            migrationBuilder.DropColumn(
                name: "ReplacementSpecText",
                table: "returns_lines");

            migrationBuilder.DropColumn(
                name: "SkuId",
                table: "returns_lines");
        }
    }
}
