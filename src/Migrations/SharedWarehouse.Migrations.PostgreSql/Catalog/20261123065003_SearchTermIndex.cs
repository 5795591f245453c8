using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.PostgreSql.Catalog
{
    /// <inheritdoc />
    public partial class SearchTermIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_products_IsListed_CreatedUtc",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropIndex(
                name: "IX_products_ListedCategoryId_IsListed_CreatedUtc",
                schema: "catalog",
                table: "products");

            migrationBuilder.CreateTable(
                name: "search_terms",
                schema: "catalog",
                columns: table => new
                {
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    Term = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    InName = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_search_terms", x => new { x.Term, x.ProductId });
                    table.ForeignKey(
                        name: "FK_search_terms_products_ProductId",
                        column: x => x.ProductId,
                        principalSchema: "catalog",
                        principalTable: "products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_products_on_sale_category",
                schema: "catalog",
                table: "products",
                columns: new[] { "ListedCategoryId", "CreatedUtc" },
                filter: "\"IsListed\" AND \"ForceDelistReason\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_products_on_sale_newest",
                schema: "catalog",
                table: "products",
                columns: new[] { "CreatedUtc", "Id" },
                filter: "\"IsListed\" AND \"ForceDelistReason\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_products_on_sale_price",
                schema: "catalog",
                table: "products",
                columns: new[] { "ListPriceFen", "CreatedUtc", "Id" },
                filter: "\"IsListed\" AND \"ForceDelistReason\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_products_on_sale_sales",
                schema: "catalog",
                table: "products",
                columns: new[] { "SalesCount", "CreatedUtc", "Id" },
                filter: "\"IsListed\" AND \"ForceDelistReason\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_search_terms_ProductId",
                schema: "catalog",
                table: "search_terms",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "ix_search_terms_relevance",
                schema: "catalog",
                table: "search_terms",
                columns: new[] { "Term", "InName", "CreatedUtc", "ProductId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "search_terms",
                schema: "catalog");

            migrationBuilder.DropIndex(
                name: "ix_products_on_sale_category",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropIndex(
                name: "ix_products_on_sale_newest",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropIndex(
                name: "ix_products_on_sale_price",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropIndex(
                name: "ix_products_on_sale_sales",
                schema: "catalog",
                table: "products");

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
    }
}
