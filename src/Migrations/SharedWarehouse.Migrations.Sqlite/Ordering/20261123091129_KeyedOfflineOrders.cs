using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.Sqlite.Ordering
{
    /// <inheritdoc />
    public partial class KeyedOfflineOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "KeyedByUserId",
                table: "ordering_orders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OfflinePayment",
                table: "ordering_orders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaymentReference",
                table: "ordering_orders",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Source",
                table: "ordering_orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "KeyedByUserId",
                table: "ordering_orders");

            migrationBuilder.DropColumn(
                name: "OfflinePayment",
                table: "ordering_orders");

            migrationBuilder.DropColumn(
                name: "PaymentReference",
                table: "ordering_orders");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "ordering_orders");
        }
    }
}
