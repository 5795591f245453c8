using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.PostgreSql.Dropship
{
    /// <inheritdoc />
    public partial class DropshipCallbackBackoff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CallbackFailures",
                schema: "dropship",
                table: "orders",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "NextCallbackUtc",
                schema: "dropship",
                table: "orders",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CallbackFailures",
                schema: "dropship",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "NextCallbackUtc",
                schema: "dropship",
                table: "orders");
        }
    }
}
