using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.PostgreSql.Catalog
{
    /// <inheritdoc />
    public partial class CategoryNoReasonReturns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "NoReasonReturns",
                schema: "catalog",
                table: "categories",
                type: "boolean",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NoReasonReturns",
                schema: "catalog",
                table: "categories");
        }
    }
}
