using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.PostgreSql.Dropship
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
                UPDATE dropship.orders SET "ReturnWaybill" = upper(regexp_replace("ReturnWaybill", '\s', '', 'g')) WHERE "ReturnWaybill" IS NOT NULL;
                UPDATE dropship.orders SET "TrackingNumber" = upper(regexp_replace("TrackingNumber", '\s', '', 'g')) WHERE "TrackingNumber" IS NOT NULL;
                UPDATE dropship.returns SET "ReturnWaybill" = upper(regexp_replace("ReturnWaybill", '\s', '', 'g'));
                """);

            migrationBuilder.AlterColumn<string>(
                name: "ReturnWaybill",
                schema: "dropship",
                table: "orders",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_returns_ReturnWaybill",
                schema: "dropship",
                table: "returns",
                column: "ReturnWaybill");

            migrationBuilder.CreateIndex(
                name: "IX_orders_ReturnWaybill",
                schema: "dropship",
                table: "orders",
                column: "ReturnWaybill");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_returns_ReturnWaybill",
                schema: "dropship",
                table: "returns");

            migrationBuilder.DropIndex(
                name: "IX_orders_ReturnWaybill",
                schema: "dropship",
                table: "orders");

            migrationBuilder.AlterColumn<string>(
                name: "ReturnWaybill",
                schema: "dropship",
                table: "orders",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldNullable: true);
        }
    }
}
