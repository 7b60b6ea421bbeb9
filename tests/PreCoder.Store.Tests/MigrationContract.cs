using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PreCoder.Core.Coding;
using PreCoder.Store.Coding;

namespace PreCoder.Store.Tests;

/// <summary>What migrating a pre-migration study must do on every provider.</summary>
public static class MigrationContract
{
    /// <summary>The target holds the 37d3faa fixture and has not been opened yet.</summary>
    public static async Task PreMigrationStudy_Migrated_KeepsRowsAndRecordsEveryMigration(StoreTarget target)
    {
        await target.Database.MigrateAsync();

        await using var db = target.Database.CreateContext();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        int[] counts =
        [
            await db.Interviews.CountAsync(), await db.Segments.CountAsync(), await db.Passages.CountAsync(),
            await db.CodebookVersions.CountAsync(), await db.Coders.CountAsync(), await db.Suggestions.CountAsync(),
            await db.Decisions.CountAsync(), await db.StageRuns.CountAsync(), await db.Embeddings.CountAsync(),
        ];
        Assert.Equal([1, 1, 1, 1, 2, 1, 3, 1, 1], counts);
        Assert.Equal("female", (await db.Interviews.SingleAsync()).Attributes["Gender"]);
        Assert.Equal([1, 2, 3, 4], (await db.Embeddings.SingleAsync()).Vector);
        Assert.Equal(["s1"], (await db.Passages.SingleAsync()).SegmentIds);
        var codes = (await CodeQueries.CurrentCodesAsync(db, null, default)).ToDictionary(c => c.VariableId);
        Assert.Equal(3, codes["vul_poverty"].Score.Value);
        Assert.Equal("refused", codes["mot_romance"].Score.MissingReason);

        // Columns added after 37d3faa: old coders get no role and no failed sign-ins.
        var ayse = await db.Coders.SingleAsync(c => c.Id == "ayse");
        Assert.Null(ayse.Role);
        Assert.Equal(0, ayse.FailedSignIns);
        Assert.Null(ayse.PasswordHash);
        ayse.Role = CoderRole.Lead;
        ayse.LockoutEnd = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

        // Ids keep counting after the old rows, so the migrated study takes new decisions.
        var added = new CodeDecision
        {
            InterviewId = "int01", VariableId = "vul_poverty", CodebookVersion = 1, CoderId = "ayse", Action = DecisionAction.Accept,
            Value = 2, PreviousValue = 3, PreviousMissingReason = "not explored", SuggestionId = 1, SuggestionModelVersion = "MiniLM",
            At = DateTimeOffset.UtcNow,
        };
        db.Decisions.Add(added);
        await db.SaveChangesAsync();
        Assert.Equal(4, added.Id);

        await using var read = target.Database.CreateContext();
        var stored = await read.Decisions.SingleAsync(d => d.Id == 4);
        Assert.Equal((3.0, "not explored", "MiniLM"), (stored.PreviousValue!.Value, stored.PreviousMissingReason, stored.SuggestionModelVersion));
        var storedAyse = await read.Coders.SingleAsync(c => c.Id == "ayse");
        Assert.Equal(CoderRole.Lead, storedAyse.Role);
        Assert.Equal(ayse.LockoutEnd, storedAyse.LockoutEnd);
    }

    /// <summary>Opening a migrated study again finds nothing to do and changes nothing.</summary>
    public static async Task MigratedStudy_OpenedAgain_NothingApplied(StoreTarget target)
    {
        await target.Database.MigrateAsync();
        await target.Database.MigrateAsync();
        await using var db = target.Database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(3, await db.Decisions.CountAsync());
    }

    /// <summary>
    /// Builds before DecisionSource kept a decision's provenance in its note, hidden by prefix; migrating moves it to
    /// Source and leaves the coders' own notes, including one that only looks like provenance in another case.
    /// </summary>
    public static async Task ProvenanceInNotes_Migrated_MovesToSourceAndKeepsCodersNotes(StoreTarget target)
    {
        await using (var db = target.Database.CreateContext())
        {
            var all = db.Database.GetMigrations().ToList();
            var previous = all[all.FindIndex(m => m.EndsWith("_DecisionSource", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(previous);
            string?[] notes = ["imported from codes.csv", "from sheet-ana.xlsx", "evidence re-anchored after the passages were rebuilt", "From the start he spoke of money", "check with Ben", null];
            var at = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
            foreach (var note in notes)
            {
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""INSERT INTO "Decisions" ("InterviewId", "VariableId", "CodebookVersion", "CoderId", "Action", "Evidence", "Note", "At") VALUES ('int01', 'v1', 1, 'ana', 'Set', '[]', {note}, {at})""");
            }
        }

        await target.Database.MigrateAsync();

        await using var read = target.Database.CreateContext();
        var rows = await read.Decisions.OrderBy(d => d.Id).Select(d => new { d.Note, d.Source }).ToListAsync();
        (string?, string?)[] expected =
        [
            (null, "codes.csv"), (null, "sheet-ana.xlsx"), (null, "evidence re-anchored after the passages were rebuilt"),
            ("From the start he spoke of money", null), ("check with Ben", null), (null, null),
        ];
        Assert.Equal(expected, rows.Select(r => (r.Note, r.Source)));
    }

    /// <summary>A model change without its migration would fail every study at start; this names the cause early.</summary>
    public static void Model_EveryChangeHasAMigration(StoreTarget target)
    {
        using var db = target.Database.CreateContext();
        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a migration: add one per provider (docs/store.md)");
    }
}
