using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.PostgreSql.Catalog
{
    /// <inheritdoc />
    public partial class ConsignmentTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SourceSkuId",
                schema: "catalog",
                table: "skus",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SupplierShopId",
                schema: "catalog",
                table: "skus",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ConsignedFromProductId",
                schema: "catalog",
                table: "products",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SupplierShopId",
                schema: "catalog",
                table: "products",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "consignment_offers",
                schema: "catalog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SupplierShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsOpen = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consignment_offers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reseller_tiers",
                schema: "catalog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SupplierShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResellerShopId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reseller_tiers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "consignment_sku_terms",
                schema: "catalog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferId = table.Column<Guid>(type: "uuid", nullable: false),
                    SkuId = table.Column<Guid>(type: "uuid", nullable: false),
                    FloorPriceFen = table.Column<long>(type: "bigint", nullable: false),
                    PricesText = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consignment_sku_terms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_consignment_sku_terms_consignment_offers_OfferId",
                        column: x => x.OfferId,
                        principalSchema: "catalog",
                        principalTable: "consignment_offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_skus_SourceSkuId",
                schema: "catalog",
                table: "skus",
                column: "SourceSkuId");

            migrationBuilder.CreateIndex(
                name: "IX_products_ConsignedFromProductId",
                schema: "catalog",
                table: "products",
                column: "ConsignedFromProductId");

            migrationBuilder.CreateIndex(
                name: "IX_products_ShopId_ConsignedFromProductId",
                schema: "catalog",
                table: "products",
                columns: new[] { "ShopId", "ConsignedFromProductId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_consignment_offers_IsOpen_SupplierShopId",
                schema: "catalog",
                table: "consignment_offers",
                columns: new[] { "IsOpen", "SupplierShopId" });

            migrationBuilder.CreateIndex(
                name: "IX_consignment_offers_ProductId",
                schema: "catalog",
                table: "consignment_offers",
                column: "ProductId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_consignment_sku_terms_OfferId",
                schema: "catalog",
                table: "consignment_sku_terms",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_consignment_sku_terms_SkuId",
                schema: "catalog",
                table: "consignment_sku_terms",
                column: "SkuId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reseller_tiers_SupplierShopId_ResellerShopId",
                schema: "catalog",
                table: "reseller_tiers",
                columns: new[] { "SupplierShopId", "ResellerShopId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consignment_sku_terms",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "reseller_tiers",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "consignment_offers",
                schema: "catalog");

            migrationBuilder.DropIndex(
                name: "IX_skus_SourceSkuId",
                schema: "catalog",
                table: "skus");

            migrationBuilder.DropIndex(
                name: "IX_products_ConsignedFromProductId",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropIndex(
                name: "IX_products_ShopId_ConsignedFromProductId",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropColumn(
                name: "SourceSkuId",
                schema: "catalog",
                table: "skus");

            migrationBuilder.DropColumn(
                name: "SupplierShopId",
                schema: "catalog",
                table: "skus");

            migrationBuilder.DropColumn(
                name: "ConsignedFromProductId",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropColumn(
                name: "SupplierShopId",
                schema: "catalog",
                table: "products");
        }
    }
}
