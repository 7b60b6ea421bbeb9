using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PreCoder.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DecisionProvenanceAndCoderAccess : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PreviousMissingReason",
                table: "Decisions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "PreviousValue",
                table: "Decisions",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SuggestionModelVersion",
                table: "Decisions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FailedSignIns",
                table: "Coders",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LockoutEnd",
                table: "Coders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PasswordHash",
                table: "Coders",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Role",
                table: "Coders",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PreviousMissingReason",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "PreviousValue",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "SuggestionModelVersion",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "FailedSignIns",
                table: "Coders");

            migrationBuilder.DropColumn(
                name: "LockoutEnd",
                table: "Coders");

            migrationBuilder.DropColumn(
                name: "PasswordHash",
                table: "Coders");

            migrationBuilder.DropColumn(
                name: "Role",
                table: "Coders");
        }
    }
}
