namespace PreCoder.Store.Coding;

/// <summary>
/// Moves the provenance that builds before the DecisionSource migration wrote into a decision's note ("from
/// sheet-ana.xlsx", "imported from codes.csv", the evidence re-anchoring line) into its own Source column, so a note
/// holds only the coder's words. The test is the one those builds applied when reading (a case-sensitive prefix): what
/// showed as the coder's note still does, and what was hidden as provenance moves. Plain SQL that SQLite and PostgreSQL
/// both run; the migration runs it, and so does the copy that upgrades a study made before migrations, whose rows
/// arrive after the migrations have run.
/// </summary>
internal static class DecisionSourceBackfill
{
    public static readonly IReadOnlyList<string> Statements =
    [
        """UPDATE "Decisions" SET "Source" = substr("Note", 15), "Note" = NULL WHERE "Source" IS NULL AND substr("Note", 1, 14) = 'imported from '""",
        """UPDATE "Decisions" SET "Source" = substr("Note", 6), "Note" = NULL WHERE "Source" IS NULL AND substr("Note", 1, 5) = 'from '""",
        """UPDATE "Decisions" SET "Source" = "Note", "Note" = NULL WHERE "Source" IS NULL AND "Note" = 'evidence re-anchored after the passages were rebuilt'""",
    ];

    /// <summary>Back to what older builds read: provenance as a note they hide (they hid any note starting "from ").</summary>
    public const string Revert = """UPDATE "Decisions" SET "Note" = 'from ' || "Source" WHERE "Note" IS NULL AND "Source" IS NOT NULL""";
}
