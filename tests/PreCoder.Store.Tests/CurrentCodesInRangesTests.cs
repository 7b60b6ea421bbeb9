using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Coding;
using PreCoder.Store.Coding;
using Xunit;

namespace PreCoder.Store.Tests;

/// <summary>
/// A SQLite study's current codes read as id ranges on connections of their own (<see cref="CodeReadParallelism"/>):
/// the same codes, in decision order, as one query; consistent while another connection appends; one query inside a
/// transaction, whose uncommitted decisions only its own connection sees.
/// </summary>
public sealed class CurrentCodesInRangesTests
{
    private static readonly CodeReadParallelism ThreeRanges = new(DecisionsPerPart: 50, MaxParts: 3);

    [Fact]
    public async Task ReadInRanges_RandomTrails_EqualReplayInDecisionOrder()
    {
        await using var target = await StoreTarget.SqliteAsync();
        foreach (var seed in new[] { 4, 5, 6 })
        {
            var trail = CurrentCodesOracle.RandomTrail(seed, 400);
            await target.ReplaceDecisionsAsync(trail);
            await using var read = target.Database.CreateContext();

            var all = await CodeQueries.ReadAllAsync(read, null, ThreeRanges, default);
            var jonas = await CodeQueries.ReadAllAsync(read, ["jonas"], ThreeRanges, default);

            Assert.Equal(InDecisionOrder(trail, _ => true), Keys(all));
            Assert.Equal(InDecisionOrder(trail, c => c == "jonas"), Keys(jonas));
            Assert.Equal(Keys(await CodeQueries.ReadAllAsync(read, null, new CodeReadParallelism(50, 1), default)), Keys(all));
        }
    }

    [Fact]
    public async Task ReadInRanges_WhileAnotherConnectionAppends_AreTheTrailAsOfOneDecision()
    {
        await using var target = await StoreTarget.SqliteAsync();
        var trail = CurrentCodesOracle.RandomTrail(7, 500);
        await using (var db = target.Database.CreateContext())
        {
            db.Decisions.AddRange(trail.Take(300));
            await db.SaveChangesAsync();
        }

        var appending = Task.Run(async () =>
        {
            foreach (var decision in trail.Skip(300))
            {
                await using var db = target.Database.CreateContext();
                db.Decisions.Add(decision);
                await db.SaveChangesAsync();
            }
        });
        var reads = new List<List<string>>();
        while (!appending.IsCompleted || reads.Count < 3)
        {
            await using var read = target.Database.CreateContext();
            reads.Add(Keys(await CodeQueries.ReadAllAsync(read, null, ThreeRanges, default)));
        }
        await appending;
        await using (var last = target.Database.CreateContext())
        {
            reads.Add(Keys(await CodeQueries.ReadAllAsync(last, null, ThreeRanges, default)));
        }

        // Every read is the replay of some prefix of the trail: no unit lost, none twice, however the ranges fell.
        var prefixes = Enumerable.Range(300, 201).Select(n => InDecisionOrder(trail.Take(n).ToList(), _ => true)).ToList();
        foreach (var codes in reads)
        {
            Assert.Contains(prefixes, prefix => prefix.SequenceEqual(codes));
        }
        Assert.Equal(prefixes[^1], reads[^1]);
    }

    [Fact]
    public async Task ReadInRanges_InsideATransaction_SeeItsUncommittedDecisions()
    {
        await using var target = await StoreTarget.SqliteAsync();
        var trail = CurrentCodesOracle.RandomTrail(8, 400);
        await using var db = target.Database.CreateContext();
        db.Decisions.AddRange(trail.Take(200));
        await db.SaveChangesAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Decisions.AddRange(trail.Skip(200));
        await db.SaveChangesAsync();

        var codes = await CodeQueries.ReadAllAsync(db, null, ThreeRanges, default);

        Assert.Equal(InDecisionOrder(trail, _ => true), Keys(codes));
    }

    // The replay's codes in the order the query returns them: by the id of each unit's latest decision.
    private static List<string> InDecisionOrder(List<CodeDecision> trail, Func<string, bool> coder) =>
        trail.Where(d => d.Action != DecisionAction.Note && coder(d.CoderId))
            .GroupBy(d => (d.CoderId, d.InterviewId, d.PassageId, d.VariableId))
            .Select(unit => unit.MaxBy(d => d.Id)!)
            .Where(d => d.SetsCode)
            .OrderBy(d => d.Id)
            .Select(d => Key(new CodeRecord(d.InterviewId, d.PassageId, d.VariableId, d.CoderId, d.Score, d.Evidence)))
            .ToList();

    private static List<string> Keys(IEnumerable<CodeRecord> codes) => codes.Select(Key).ToList();

    private static string Key(CodeRecord c) =>
        $"{c.CoderId}|{c.InterviewId}|{c.PassageId}|{c.VariableId}|{c.Score.Value}|{c.Score.MissingReason}|{string.Join(";", c.Evidence)}";
}
