using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PreCoder.Store.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "PreviousValue",
                table: "Decisions",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SuggestionModelVersion",
                table: "Decisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FailedSignIns",
                table: "Coders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LockoutEnd",
                table: "Coders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PasswordHash",
                table: "Coders",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Role",
                table: "Coders",
                type: "TEXT",
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
