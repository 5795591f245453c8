using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.PostgreSql.Catalog
{
    /// <inheritdoc />
    public partial class StorefrontSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ListPriceFen",
                schema: "catalog",
                table: "products",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ListedBrandId",
                schema: "catalog",
                table: "products",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ListedCategoryId",
                schema: "catalog",
                table: "products",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SalesCount",
                schema: "catalog",
                table: "products",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "catalog",
                table: "products",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ShopRegionCode",
                schema: "catalog",
                table: "products",
                type: "character varying(12)",
                maxLength: 12,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_products_IsListed_CreatedUtc",
                schema: "catalog",
                table: "products",
                columns: new[] { "IsListed", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_products_ListedCategoryId_IsListed_CreatedUtc",
                schema: "catalog",
                table: "products",
                columns: new[] { "ListedCategoryId", "IsListed", "CreatedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_products_IsListed_CreatedUtc",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropIndex(
                name: "IX_products_ListedCategoryId_IsListed_CreatedUtc",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropColumn(
                name: "ListPriceFen",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropColumn(
                name: "ListedBrandId",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropColumn(
                name: "ListedCategoryId",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropColumn(
                name: "SalesCount",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropColumn(
                name: "SearchText",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropColumn(
                name: "ShopRegionCode",
                schema: "catalog",
                table: "products");
        }
    }
}
