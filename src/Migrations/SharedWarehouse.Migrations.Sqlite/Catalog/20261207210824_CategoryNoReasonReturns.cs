using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Catalog
{
    /// <inheritdoc />
    public partial class CategoryNoReasonReturns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "NoReasonReturns",
                table: "catalog_categories",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NoReasonReturns",
                table: "catalog_categories");
        }
    }
}
