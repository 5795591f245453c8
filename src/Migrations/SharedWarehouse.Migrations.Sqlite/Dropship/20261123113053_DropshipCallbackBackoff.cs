using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Dropship
{
    /// <inheritdoc />
    public partial class DropshipCallbackBackoff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CallbackFailures",
                table: "dropship_orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "NextCallbackUtc",
                table: "dropship_orders",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CallbackFailures",
                table: "dropship_orders");

            migrationBuilder.DropColumn(
                name: "NextCallbackUtc",
                table: "dropship_orders");
        }
    }
}
