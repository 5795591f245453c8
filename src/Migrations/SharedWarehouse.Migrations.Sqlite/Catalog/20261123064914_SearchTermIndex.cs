using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Catalog
{
    /// <inheritdoc />
    public partial class SearchTermIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_catalog_products_IsListed_CreatedUtc",
                table: "catalog_products");

            migrationBuilder.DropIndex(
                name: "IX_catalog_products_ListedCategoryId_IsListed_CreatedUtc",
                table: "catalog_products");

            migrationBuilder.CreateTable(
                name: "catalog_search_terms",
                columns: table => new
                {
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Term = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    InName = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_search_terms", x => new { x.Term, x.ProductId });
                    table.ForeignKey(
                        name: "FK_catalog_search_terms_catalog_products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "catalog_products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_products_on_sale_category",
                table: "catalog_products",
                columns: new[] { "ListedCategoryId", "CreatedUtc" },
                filter: "\"IsListed\" AND \"ForceDelistReason\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_products_on_sale_newest",
                table: "catalog_products",
                columns: new[] { "CreatedUtc", "Id" },
                filter: "\"IsListed\" AND \"ForceDelistReason\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_products_on_sale_price",
                table: "catalog_products",
                columns: new[] { "ListPriceFen", "CreatedUtc", "Id" },
                filter: "\"IsListed\" AND \"ForceDelistReason\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_products_on_sale_sales",
                table: "catalog_products",
                columns: new[] { "SalesCount", "CreatedUtc", "Id" },
                filter: "\"IsListed\" AND \"ForceDelistReason\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_search_terms_ProductId",
                table: "catalog_search_terms",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "ix_search_terms_relevance",
                table: "catalog_search_terms",
                columns: new[] { "Term", "InName", "CreatedUtc", "ProductId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalog_search_terms");

            migrationBuilder.DropIndex(
                name: "ix_products_on_sale_category",
                table: "catalog_products");

            migrationBuilder.DropIndex(
                name: "ix_products_on_sale_newest",
                table: "catalog_products");

            migrationBuilder.DropIndex(
                name: "ix_products_on_sale_price",
                table: "catalog_products");

            migrationBuilder.DropIndex(
                name: "ix_products_on_sale_sales",
                table: "catalog_products");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_products_IsListed_CreatedUtc",
                table: "catalog_products",
                columns: new[] { "IsListed", "CreatedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_products_ListedCategoryId_IsListed_CreatedUtc",
                table: "catalog_products",
                columns: new[] { "ListedCategoryId", "IsListed", "CreatedUtc" });
        }
    }
}
