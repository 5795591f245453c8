using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Dropship
{
    /// <inheritdoc />
    public partial class DropshipConcurrency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "dropship_returns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastHoldAttemptUtc",
                table: "dropship_orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReleasedUtc",
                table: "dropship_orders",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "dropship_returns");

            migrationBuilder.DropColumn(
                name: "LastHoldAttemptUtc",
                table: "dropship_orders");

            migrationBuilder.DropColumn(
                name: "ReleasedUtc",
                table: "dropship_orders");
        }
    }
}
