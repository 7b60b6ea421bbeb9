using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Coding;
using PreCoder.Core.Errors;
using PreCoder.Core.Passages;
using PreCoder.Store.Coding;
using PreCoder.Store.Transcripts;
using PreCoder.Store.Transfer;
using PreCoder.TestKit;

namespace PreCoder.Store.Tests;

public sealed class StudyTransferTests
{
    [PostgresFact]
    public async Task Copy_SqliteToPostgresToSqlite_SameCountsHashesAndCodes()
    {
        await using var original = await FilledSqliteAsync();
        await using var server = StoreTarget.Postgres();
        await using var back = StoreTarget.Sqlite();

        var there = await new StudyTransfer { BatchSize = 500 }.CopyAsync(original.Database, server.Database);
        var home = await new StudyTransfer { BatchSize = 500 }.CopyAsync(server.Database, back.Database);

        Assert.True(there.Matches);
        Assert.True(home.Matches);
        Assert.Equal(Summary(there, source: true), Summary(home, source: false));
        Assert.Contains(there.Tables, t => t.Table == "Decisions" && t.SourceRows == 2503);
        Assert.Equal(await CodesAsync(original), await CodesAsync(back));
        await using (var db = server.Database.CreateContext())
        {
            // The identity sequence was moved past the copied ids.
            var added = Some.Decision("ayse", "vul_poverty", DecisionAction.Set, 1);
            db.Decisions.Add(added);
            await db.SaveChangesAsync();
            Assert.Equal(2504, added.Id);
        }
    }

    [PostgresFact]
    public async Task Copy_RowTheTargetCannotHold_TargetRolledBack()
    {
        await using var original = await FilledSqliteAsync();
        await using (var db = original.Database.CreateContext())
        {
            // PostgreSQL text cannot hold NUL; SQLite can. The copy fails part-way, after earlier tables were written.
            db.StageRuns.Add(new PreCoder.Core.Pipeline.StageRun { Stage = "zz", Item = "bad\0item", InputHash = "x", StartedAt = DateTimeOffset.UnixEpoch });
            await db.SaveChangesAsync();
        }
        await using var server = StoreTarget.Postgres();

        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => new StudyTransfer().CopyAsync(original.Database, server.Database));
        Assert.Contains("0x00", failure.InnerException!.Message, StringComparison.Ordinal);

        await using var read = server.Database.CreateContext();
        Assert.Equal(0, await read.Decisions.CountAsync());
        Assert.Equal(0, await read.Interviews.CountAsync());
    }

    [Fact]
    public async Task Copy_SqliteToSqlite_MatchesAndKeepsIds()
    {
        await using var original = await FilledSqliteAsync();
        await using var copy = StoreTarget.Sqlite();

        var report = await new StudyTransfer { BatchSize = 700 }.CopyAsync(original.Database, copy.Database);

        Assert.True(report.Matches);
        Assert.Equal(12, report.Tables.Count);
        Assert.All(report.Tables, t => Assert.True(t.SourceRows > 0, t.Table));
        await using var a = original.Database.CreateContext();
        await using var b = copy.Database.CreateContext();
        Assert.Equal(await a.Decisions.OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(), await b.Decisions.OrderBy(d => d.Id).Select(d => d.Id).ToListAsync());
    }

    [Fact]
    public async Task Copy_TargetHoldsData_RefusedAndLeftAsItWas()
    {
        await using var original = await FilledSqliteAsync();
        await using var occupied = await StoreTarget.SqliteAsync();
        await using (var db = occupied.Database.CreateContext())
        {
            db.Decisions.Add(Some.Decision("jonas", "vul_poverty", DecisionAction.Set, 2));
            await db.SaveChangesAsync();
        }

        var refusal = await Assert.ThrowsAsync<InputException>(() => new StudyTransfer().CopyAsync(original.Database, occupied.Database));

        Assert.Contains("already holds data", refusal.Message, StringComparison.Ordinal);
        await using var read = occupied.Database.CreateContext();
        Assert.Equal(1, await read.Decisions.CountAsync());
        Assert.Equal(0, await read.Interviews.CountAsync());
    }

    [Fact]
    public async Task Copy_ContentDiffers_HashesDiffer()
    {
        // The hash must see content, not only counts: two studies with the same row counts but one changed score.
        await using var one = await FilledSqliteAsync();
        await using var other = await FilledSqliteAsync(changedScore: true);
        await using var oneCopy = StoreTarget.Sqlite();
        await using var otherCopy = StoreTarget.Sqlite();

        var first = await new StudyTransfer().CopyAsync(one.Database, oneCopy.Database);
        var second = await new StudyTransfer().CopyAsync(other.Database, otherCopy.Database);

        var decisions = (first.Tables.Single(t => t.Table == "Decisions"), second.Tables.Single(t => t.Table == "Decisions"));
        Assert.Equal(decisions.Item1.SourceRows, decisions.Item2.SourceRows);
        Assert.NotEqual(decisions.Item1.SourceHash, decisions.Item2.SourceHash);
        Assert.Equal(first.Tables.Single(t => t.Table == "Interviews").SourceHash, second.Tables.Single(t => t.Table == "Interviews").SourceHash);
    }

    /// <summary>The pre-migration fixture, migrated, plus a transcript and a 2,500-decision trail (several batches), one timestamp not in UTC.</summary>
    private static async Task<StoreTarget> FilledSqliteAsync(bool changedScore = false)
    {
        var target = StoreTarget.Sqlite();
        PreMigrationFixture.CopySqliteInto(target.Folder);
        await target.Database.MigrateAsync();
        await using var db = target.Database.CreateContext();
        var transcript = Some.Transcript("int02", 6);
        await TranscriptWriter.ReplaceAsync(db, transcript, PassageBuilder.Build("int02", transcript.Segments, new PassageOptions { Mode = PassageMode.Segment }), "int02.txt", default);
        var trail = CurrentCodesOracle.RandomTrail(11, 2500);
        trail[100] = new CodeDecision
        {
            InterviewId = "int02", VariableId = "vul_poverty", CodebookVersion = 1, CoderId = "jonas", Action = DecisionAction.Set,
            Value = changedScore ? 2 : 1, At = new DateTimeOffset(2026, 12, 1, 10, 30, 0, TimeSpan.FromHours(2)).AddTicks(1234567),
        };
        db.Decisions.AddRange(trail);
        // A shared study's files and a batch's jobs move with the study like any other table.
        db.Blobs.Add(new PreCoder.Core.Team.StudyBlob { Hash = "ab12", Content = [0, 1, 254, 255], Length = 4 });
        db.Files.Add(new PreCoder.Core.Team.StudyFile { Path = "models/trained-ayse.zip", Hash = "ab12", Length = 4, UpdatedAt = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero) });
        db.WorkItems.Add(new PreCoder.Core.Team.WorkItem
        {
            Batch = "b1", Stage = "import", StageIndex = 1, Source = "/srv/int02.txt", Options = "{}", Inputs = "[\"/srv\"]",
            State = PreCoder.Core.Team.WorkItemState.Failed, Attempts = 4, Error = "int02.txt: not readable", EnqueuedAt = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero),
        });
        await db.SaveChangesAsync();
        return target;
    }

    private static List<string> Summary(TransferReport report, bool source) =>
        report.Tables.Select(t => $"{t.Table} {(source ? t.SourceRows : t.TargetRows)} {(source ? t.SourceHash : t.TargetHash)}").ToList();

    private static async Task<List<string>> CodesAsync(StoreTarget target)
    {
        await using var db = target.Database.CreateContext();
        return CodeKeys.Of(await CodeQueries.CurrentCodesAsync(db, null, default));
    }
}
