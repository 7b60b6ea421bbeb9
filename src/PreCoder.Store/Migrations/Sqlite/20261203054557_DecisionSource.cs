using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PreCoder.Store.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DecisionSource : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "Decisions",
                type: "TEXT",
                nullable: true);

            // Provenance that older builds kept in the note moves to the new column (DecisionSourceBackfill).
            foreach (var statement in PreCoder.Store.Coding.DecisionSourceBackfill.Statements)
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PreCoder.Store.Coding.DecisionSourceBackfill.Revert);

            migrationBuilder.DropColumn(
                name: "Source",
                table: "Decisions");
        }
    }
}
