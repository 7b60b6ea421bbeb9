using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PreCoder.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LatestDecisionIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Decisions_CoderId_InterviewId_VariableId",
                table: "Decisions");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_CoderId_InterviewId_VariableId_PassageId_Id",
                table: "Decisions",
                columns: new[] { "CoderId", "InterviewId", "VariableId", "PassageId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Decisions_CoderId_InterviewId_VariableId_PassageId_Id",
                table: "Decisions");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_CoderId_InterviewId_VariableId",
                table: "Decisions",
                columns: new[] { "CoderId", "InterviewId", "VariableId" });
        }
    }
}
