using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Catalog
{
    /// <inheritdoc />
    public partial class ConsignmentTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SourceSkuId",
                table: "catalog_skus",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SupplierShopId",
                table: "catalog_skus",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ConsignedFromProductId",
                table: "catalog_products",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SupplierShopId",
                table: "catalog_products",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "catalog_consignment_offers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_consignment_offers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "catalog_reseller_tiers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResellerShopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_reseller_tiers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "catalog_consignment_sku_terms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SkuId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FloorPriceFen = table.Column<long>(type: "INTEGER", nullable: false),
                    PricesText = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_consignment_sku_terms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_catalog_consignment_sku_terms_catalog_consignment_offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "catalog_consignment_offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_skus_SourceSkuId",
                table: "catalog_skus",
                column: "SourceSkuId");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_products_ConsignedFromProductId",
                table: "catalog_products",
                column: "ConsignedFromProductId");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_products_ShopId_ConsignedFromProductId",
                table: "catalog_products",
                columns: new[] { "ShopId", "ConsignedFromProductId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_catalog_consignment_offers_IsOpen_SupplierShopId",
                table: "catalog_consignment_offers",
                columns: new[] { "IsOpen", "SupplierShopId" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_consignment_offers_ProductId",
                table: "catalog_consignment_offers",
                column: "ProductId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_catalog_consignment_sku_terms_OfferId",
                table: "catalog_consignment_sku_terms",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_consignment_sku_terms_SkuId",
                table: "catalog_consignment_sku_terms",
                column: "SkuId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_catalog_reseller_tiers_SupplierShopId_ResellerShopId",
                table: "catalog_reseller_tiers",
                columns: new[] { "SupplierShopId", "ResellerShopId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalog_consignment_sku_terms");

            migrationBuilder.DropTable(
                name: "catalog_reseller_tiers");

            migrationBuilder.DropTable(
                name: "catalog_consignment_offers");

            migrationBuilder.DropIndex(
                name: "IX_catalog_skus_SourceSkuId",
                table: "catalog_skus");

            migrationBuilder.DropIndex(
                name: "IX_catalog_products_ConsignedFromProductId",
                table: "catalog_products");

            migrationBuilder.DropIndex(
                name: "IX_catalog_products_ShopId_ConsignedFromProductId",
                table: "catalog_products");

            migrationBuilder.DropColumn(
                name: "SourceSkuId",
                table: "catalog_skus");

            migrationBuilder.DropColumn(
                name: "SupplierShopId",
                table: "catalog_skus");

            migrationBuilder.DropColumn(
                name: "ConsignedFromProductId",
                table: "catalog_products");

            migrationBuilder.DropColumn(
                name: "SupplierShopId",
                table: "catalog_products");
        }
    }
}
