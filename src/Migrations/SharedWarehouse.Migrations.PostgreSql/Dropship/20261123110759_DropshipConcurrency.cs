using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.PostgreSql.Dropship
{
    /// <inheritdoc />
    public partial class DropshipConcurrency : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Version",
                schema: "dropship",
                table: "returns",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastHoldAttemptUtc",
                schema: "dropship",
                table: "orders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReleasedUtc",
                schema: "dropship",
                table: "orders",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                schema: "dropship",
                table: "returns");

            migrationBuilder.DropColumn(
                name: "LastHoldAttemptUtc",
                schema: "dropship",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "ReleasedUtc",
                schema: "dropship",
                table: "orders");
        }
    }
}
