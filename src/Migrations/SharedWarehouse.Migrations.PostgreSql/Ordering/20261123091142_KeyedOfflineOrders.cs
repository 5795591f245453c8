using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SharedWarehouse.Migrations.PostgreSql.Ordering
{
    /// <inheritdoc />
    public partial class KeyedOfflineOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "KeyedByUserId",
                schema: "ordering",
                table: "orders",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OfflinePayment",
                schema: "ordering",
                table: "orders",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaymentReference",
                schema: "ordering",
                table: "orders",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Source",
                schema: "ordering",
                table: "orders",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "KeyedByUserId",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "OfflinePayment",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "PaymentReference",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "Source",
                schema: "ordering",
                table: "orders");
        }
    }
}
