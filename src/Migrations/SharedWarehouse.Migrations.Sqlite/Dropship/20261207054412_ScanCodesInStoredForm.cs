using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Dropship
{
    /// <inheritdoc />
    public partial class ScanCodesInStoredForm : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Codes that are scanned are stored in their scanned form (ScanCode.Normalize: no spaces, upper case), so a lookup
            // compares equal values on an index. Rows written before are brought to it here.
            migrationBuilder.Sql("""
                UPDATE dropship_orders SET "ReturnWaybill" = upper(replace(replace("ReturnWaybill", ' ', ''), char(9), '')) WHERE "ReturnWaybill" IS NOT NULL;
                UPDATE dropship_orders SET "TrackingNumber" = upper(replace(replace("TrackingNumber", ' ', ''), char(9), '')) WHERE "TrackingNumber" IS NOT NULL;
                UPDATE dropship_returns SET "ReturnWaybill" = upper(replace(replace("ReturnWaybill", ' ', ''), char(9), ''));
                """);

            migrationBuilder.CreateIndex(
                name: "IX_dropship_returns_ReturnWaybill",
                table: "dropship_returns",
                column: "ReturnWaybill");

            migrationBuilder.CreateIndex(
                name: "IX_dropship_orders_ReturnWaybill",
                table: "dropship_orders",
                column: "ReturnWaybill");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_dropship_returns_ReturnWaybill",
                table: "dropship_returns");

            migrationBuilder.DropIndex(
                name: "IX_dropship_orders_ReturnWaybill",
                table: "dropship_orders");
        }
    }
}
