using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Catalog
{
    /// <inheritdoc />
    public partial class StorefrontSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ListPriceFen",
                table: "catalog_products",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ListedBrandId",
                table: "catalog_products",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ListedCategoryId",
                table: "catalog_products",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SalesCount",
                table: "catalog_products",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "catalog_products",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ShopRegionCode",
                table: "catalog_products",
                type: "TEXT",
                maxLength: 12,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_products_IsListed_CreatedUtc",
                table: "catalog_products",
                columns: new[] { "IsListed", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_products_ListedCategoryId_IsListed_CreatedUtc",
                table: "catalog_products",
                columns: new[] { "ListedCategoryId", "IsListed", "CreatedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_catalog_products_IsListed_CreatedUtc",
                table: "catalog_products");

            migrationBuilder.DropIndex(
                name: "IX_catalog_products_ListedCategoryId_IsListed_CreatedUtc",
                table: "catalog_products");

            migrationBuilder.DropColumn(
                name: "ListPriceFen",
                table: "catalog_products");

            migrationBuilder.DropColumn(
                name: "ListedBrandId",
                table: "catalog_products");

            migrationBuilder.DropColumn(
                name: "ListedCategoryId",
                table: "catalog_products");

            migrationBuilder.DropColumn(
                name: "SalesCount",
                table: "catalog_products");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "catalog_products");

            migrationBuilder.DropColumn(
                name: "ShopRegionCode",
                table: "catalog_products");
        }
    }
}
