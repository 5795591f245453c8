using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.PostgreSql.Returns
{
    /// <inheritdoc />
    public partial class ExchangeAndConsignment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SupplierShopId",
                schema: "returns",
                table: "requests",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsConsigned",
                schema: "returns",
                table: "lines",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "ProductId",
                schema: "returns",
                table: "lines",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "ReplacementRef",
                schema: "returns",
                table: "lines",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplacementSkuCode",
                schema: "returns",
                table: "lines",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReplacementSkuId",
                schema: "returns",
                table: "lines",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReplacementSpecText",
                schema: "returns",
                table: "lines",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SkuId",
                schema: "returns",
                table: "lines",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateIndex(
                name: "IX_requests_SupplierShopId_Status",
                schema: "returns",
                table: "requests",
                columns: new[] { "SupplierShopId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_requests_SupplierShopId_Status",
                schema: "returns",
                table: "requests");

            migrationBuilder.DropColumn(
                name: "SupplierShopId",
                schema: "returns",
                table: "requests");

            migrationBuilder.DropColumn(
                name: "IsConsigned",
                schema: "returns",
                table: "lines");

            migrationBuilder.DropColumn(
                name: "ProductId",
                schema: "returns",
                table: "lines");

            migrationBuilder.DropColumn(
                name: "ReplacementRef",
                schema: "returns",
                table: "lines");

            migrationBuilder.DropColumn(
                name: "ReplacementSkuCode",
                schema: "returns",
                table: "lines");

            migrationBuilder.DropColumn(
                name: "ReplacementSkuId",
                schema: "returns",
                table: "lines");

            migrationBuilder.DropColumn(
                name: "ReplacementSpecText",
                schema: "returns",
                table: "lines");

            migrationBuilder.DropColumn(
                name: "SkuId",
                schema: "returns",
                table: "lines");
        }
    }
}
