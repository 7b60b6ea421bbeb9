using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Coding;
using PreCoder.Core.Interviews;
using PreCoder.Core.Passages;
using PreCoder.Core.Suggestions;
using PreCoder.Core.Transcripts;
using PreCoder.Store.Codebooks;
using PreCoder.Store.Coding;
using PreCoder.Store.Reading;
using PreCoder.Store.Transcripts;

namespace PreCoder.Store.Tests;

/// <summary>What every provider must do the same way. Each check runs on SQLite and on PostgreSQL.</summary>
public static class StoreContract
{
    public static async Task Transcript_ReplacedTwice_LeavesOneCopy(StoreTarget target)
    {
        // Fresh objects each time, as two separate imports of the same file would make.
        static IReadOnlyList<Passage> Passages(Transcript t) => PassageBuilder.Build(t.InterviewId, t.Segments, new PassageOptions { Mode = PassageMode.Segment });
        for (var i = 0; i < 2; i++)
        {
            var transcript = Some.Transcript("int01", 3);
            await using var db = target.Database.CreateContext();
            await TranscriptWriter.ReplaceAsync(db, transcript, Passages(transcript), "a.txt", default);
        }
        await using var read = target.Database.CreateContext();
        Assert.Equal(1, await read.Interviews.CountAsync());
        Assert.Equal(3, await read.Segments.CountAsync());
        var stored = await read.Passages.OrderBy(p => p.Index).ToListAsync();
        Assert.Equal(Passages(Some.Transcript("int01", 3)).Select(p => p.Text), stored.Select(p => p.Text));
        Assert.Equal(["s1"], stored[0].SegmentIds);
    }

    public static async Task Interview_Attributes_RoundTrip(StoreTarget target)
    {
        await using (var db = target.Database.CreateContext())
        {
            db.Interviews.Add(new Interview { Id = "int02", Attributes = { ["gender"] = "female", ["nationality"] = "Kyrgyz" } });
            await db.SaveChangesAsync();
        }
        await using var read = target.Database.CreateContext();
        var i = await read.Interviews.SingleAsync();
        Assert.Equal("female", i.Attributes["GENDER"]);
        Assert.Equal("Kyrgyz", i.Attributes["nationality"]);
    }

    public static async Task Decisions_LatestPerUnitWins_RejectClears(StoreTarget target)
    {
        await using (var db = target.Database.CreateContext())
        {
            await CoderRegistry.EnsureAsync(db, Coder.Human("ayse"), default);
            db.Decisions.AddRange(
                Some.Decision("ayse", "vul_poverty", DecisionAction.Set, 1),
                Some.Decision("ayse", "vul_poverty", DecisionAction.Edit, 3),
                Some.Decision("ayse", "inf_friend", DecisionAction.Set, 2),
                Some.Decision("ayse", "inf_friend", DecisionAction.Reject, null),
                Some.Decision("ayse", "mot_romance", DecisionAction.MarkMissing, null, "refused"),
                Some.Decision("ayse", "mot_romance", DecisionAction.Note, null));
            await db.SaveChangesAsync();
        }
        await using var read = target.Database.CreateContext();
        var codes = (await CodeQueries.CurrentCodesAsync(read, null, default)).ToDictionary(c => c.VariableId);
        Assert.Equal(3, codes["vul_poverty"].Score.Value);
        Assert.False(codes.ContainsKey("inf_friend"));
        Assert.True(codes["mot_romance"].Score.IsMissing);
        Assert.Equal("refused", codes["mot_romance"].Score.MissingReason);
        Assert.Equal(6, await read.Decisions.CountAsync());
    }

    public static async Task RejectedQuotes_AreTheShownAndCitedQuotesTheCurrentCodeDropped(StoreTarget target)
    {
        static EvidenceQuote Q(string passage, int start) => new(passage, start, 5, "words");
        static Suggestion Suggest(string variable, params EvidenceQuote[] quotes) => new()
        {
            InterviewId = "int01", VariableId = variable, CodebookVersion = 1, CoderId = "machine:embedded",
            Classifier = "embedded", ModelVersion = "m1", Value = 2, Confidence = 0.7, Evidence = quotes, CreatedAt = DateTimeOffset.UtcNow,
        };
        static CodeDecision Answer(string coder, string variable, DecisionAction action, double? value, Suggestion? s, params EvidenceQuote[] quotes) =>
            new()
            {
                InterviewId = "int01", VariableId = variable, CodebookVersion = 1, CoderId = coder, Action = action, Value = value,
                SuggestionId = s?.Id, Evidence = quotes, At = DateTimeOffset.UtcNow,
            };
        await using (var db = target.Database.CreateContext())
        {
            await CoderRegistry.EnsureAsync(db, Coder.Human("ayse"), default);
            await CoderRegistry.EnsureAsync(db, Coder.Human("bob"), default);
            Suggestion poverty = Suggest("vul_poverty", Q("p1", 0), Q("p1", 10)), friend = Suggest("inf_friend", Q("p2", 0)), romance = Suggest("mot_romance", Q("p3", 0));
            db.Suggestions.AddRange(poverty, friend, romance);
            await db.SaveChangesAsync();
            db.Decisions.AddRange(
                // Accepted with both quotes, then one removed.
                Answer("ayse", "vul_poverty", DecisionAction.Accept, 2, poverty, Q("p1", 0), Q("p1", 10)),
                Answer("ayse", "vul_poverty", DecisionAction.Accept, 2, poverty, Q("p1", 0)),
                // Scored absent: the suggestion's quote is turned down though the decision quotes nothing.
                Answer("ayse", "inf_friend", DecisionAction.Edit, 0, friend),
                Answer("ayse", "mot_romance", DecisionAction.Reject, null, romance),
                // The coder's own code, set twice with the same quote: nothing turned down.
                Answer("ayse", "mot_money", DecisionAction.Set, 1, null, Q("p4", 0)),
                Answer("ayse", "mot_money", DecisionAction.Set, 2, null, Q("p4", 0)),
                // Another coder's rejections are theirs.
                Answer("bob", "vul_poverty", DecisionAction.Reject, null, poverty));
            await db.SaveChangesAsync();
        }
        await using var read = target.Database.CreateContext();

        var rejected = await RejectedQuotes.OfCoderAsync(read, "ayse", default);

        Assert.Equal(
            [("inf_friend", "p2", 0), ("mot_romance", "p3", 0), ("vul_poverty", "p1", 10)],
            rejected.Select(r => (r.VariableId, r.Quote.PassageId, r.Quote.Start)).Order().ToArray());
        Assert.All(rejected, r => Assert.Equal("int01", r.InterviewId));
    }

    public static async Task BulkAppend_ConstantAndVaryingColumns_ReadBackAsWritten(StoreTarget target)
    {
        // The SQLite path writes columns that hold one value in every row as literals and binds the rest: both kinds
        // must come back exactly as EF Core would have stored them (time, evidence JSON, enum text, nulls, numbers). The
        // time is whole microseconds, what PostgreSQL keeps.
        var at = new DateTimeOffset(2026, 12, 2, 21, 0, 0, 123, TimeSpan.Zero).AddTicks(4560);
        var quote = new EvidenceQuote("int01-p1", 3, 5, "quote", StartTime: 1.5);
        var written = Enumerable.Range(0, 5).Select(i => new CodeDecision
        {
            InterviewId = "int01", VariableId = $"v{i}", CodebookVersion = 1, CoderId = "ayse",
            Action = i == 3 ? DecisionAction.MarkMissing : DecisionAction.Set,
            Value = i == 3 ? null : i + 0.5, MissingReason = i == 3 ? "refused" : null,
            Evidence = i == 1 ? [quote] : [], Source = "codes.csv", Note = i == 2 ? "check with Ben" : null, At = at,
        }).ToArray();
        await using (var db = target.Database.CreateContext())
        {
            await CoderRegistry.EnsureAsync(db, Coder.Human("ayse"), default);
            await db.SaveChangesAsync();
            await using var tx = await db.Database.BeginTransactionAsync();
            Assert.Equal(5, await DecisionBulkWriter.AppendAsync(db, written, default));
            await tx.CommitAsync();
        }
        await using var read = target.Database.CreateContext();
        var stored = await read.Decisions.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
        Assert.Equal(written.Length, stored.Count);
        for (var i = 0; i < written.Length; i++)
        {
            var (w, s) = (written[i], stored[i]);
            Assert.Equal((w.InterviewId, w.PassageId, w.VariableId, w.CodebookVersion, w.CoderId, w.Action, w.Value, w.MissingReason), (s.InterviewId, s.PassageId, s.VariableId, s.CodebookVersion, s.CoderId, s.Action, s.Value, s.MissingReason));
            Assert.Equal((w.Note, w.Source, w.At, w.SuggestionId, w.PreviousValue, w.PreviousMissingReason), (s.Note, s.Source, s.At, s.SuggestionId, s.PreviousValue, s.PreviousMissingReason));
            Assert.Equal(w.Evidence, s.Evidence);
        }
    }

    public static async Task Suggestion_Evidence_RoundTrips(StoreTarget target)
    {
        var quote = new EvidenceQuote("p0001", 4, 10, "was hungry", false, 12.5, 20, TrustFlags.LowConfidence);
        await using (var db = target.Database.CreateContext())
        {
            db.Suggestions.Add(new Suggestion
            {
                InterviewId = "int01", VariableId = "vul_poverty", CodebookVersion = 1, CoderId = "machine:embedded",
                Classifier = "embedded", ModelVersion = "MiniLM", Value = 2, Confidence = 0.7, Evidence = [quote], CreatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        await using var read = target.Database.CreateContext();
        var s = await read.Suggestions.SingleAsync();
        Assert.Equal(quote, Assert.Single(s.Evidence));
        Assert.Equal(2, s.Value);
    }

    /// <summary>
    /// The read side maps rows by hand (Store/Reading); every column must come back as EF Core reads it - nulls,
    /// provenance, quotes beyond ASCII, sub-second times - through a connection of its own and through a context's.
    /// </summary>
    public static async Task HandMappedRows_ReadAsEfCoreReadsThem(StoreTarget target)
    {
        var at = new DateTimeOffset(2026, 12, 3, 10, 11, 12, TimeSpan.Zero).AddTicks(1234560);
        var quote = new EvidenceQuote("p0001", 4, 10, "Şam'da açtım", true, 12.5, 20, TrustFlags.LowConfidence);
        await using (var db = target.Database.CreateContext())
        {
            await CoderRegistry.EnsureAsync(db, Coder.Human("ayşe"), default);
            await CoderRegistry.EnsureAsync(db, Coder.Machine("embedded", "MiniLM"), default);
            await CodebookVersions.AddAsync(db, "{\"id\":\"a\"}", "h1", null, default);
            await CodebookVersions.AddAsync(db, "{\"id\":\"b\"}", "h2", "b.yaml", default);
            db.Suggestions.AddRange(
                new Suggestion
                {
                    InterviewId = "int01", VariableId = "vul_poverty", CodebookVersion = 2, CoderId = "machine:embedded", Classifier = "embedded",
                    ModelVersion = "MiniLM", Value = 2, Confidence = 0.7, Evidence = [quote], Rationale = "says so", CreatedAt = at,
                },
                new Suggestion
                {
                    InterviewId = "int01", VariableId = "inf_friend", CodebookVersion = 2, CoderId = "machine:embedded", Classifier = "embedded",
                    ModelVersion = "MiniLM", Value = null, Confidence = 0.1, CreatedAt = at.AddDays(-1),
                });
            await db.SaveChangesAsync();
            db.Decisions.AddRange(
                new CodeDecision
                {
                    InterviewId = "int01", VariableId = "vul_poverty", CodebookVersion = 2, CoderId = "ayşe", Action = DecisionAction.Edit, Value = 3,
                    SuggestionId = 1, SuggestionModelVersion = "MiniLM", PreviousValue = 2, Evidence = [quote], Note = "stronger than that",
                    Source = "from sheet-ayşe.xlsx", At = at,
                },
                new CodeDecision
                {
                    InterviewId = "int01", VariableId = "inf_friend", CodebookVersion = 2, CoderId = "ayşe", Action = DecisionAction.MarkMissing,
                    MissingReason = "refused", PreviousMissingReason = "unclear", At = at.AddMinutes(1),
                });
            await db.SaveChangesAsync();
        }

        await using var ef = target.Database.CreateContext();
        var decisions = await ef.Decisions.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
        var suggestions = (await ef.Suggestions.AsNoTracking().ToListAsync()).Where(s => s.PassageId == null).OrderBy(s => s.Id).ToList();
        var codebook = await ef.CodebookVersions.AsNoTracking().OrderByDescending(v => v.Version).FirstAsync();
        static string Json(object value) => System.Text.Json.JsonSerializer.Serialize(value);

        await using var own = await StudyReader.OpenAsync(target.Database, default);
        await using var context = target.Database.CreateContext();
        await using var overContext = await StudyReader.OverAsync(context, default);
        foreach (var reader in new[] { own, overContext })
        {
            Assert.Equal(Json(decisions), Json(await DecisionQueries.ForInterviewAsync(reader, "ayşe", "int01", null, default)));
            Assert.Equal(Json(decisions.Take(1)), Json(await DecisionQueries.ForInterviewAsync(reader, "ayşe", "int01", "vul_poverty", default)));
            Assert.Equal(Json(suggestions), Json((await SuggestionQueries.ForInterviewAsync(reader, "int01", null, default)).OrderBy(s => s.Id)));
            Assert.Equal(Json(suggestions), Json((await SuggestionQueries.OfCodersAsync(reader, ["machine:embedded"], default)).OrderBy(s => s.Id)));
            Assert.Empty(await SuggestionQueries.OfCodersAsync(reader, [], default));
            Assert.Equal(Json(codebook), Json((await CodebookVersions.LatestAsync(reader, default))!));
            Assert.Equal(["ayşe"], await CoderQueries.IdsOfKindAsync(reader, CoderKind.Human, default));
            Assert.Equal(["machine:embedded"], await CoderQueries.SuggestingAsync(reader, default));
            Assert.Equal(["ayşe"], await CoderQueries.DecidingAsync(reader, default));
        }
        Assert.Equal(at, decisions[0].At);
        Assert.Equal(quote, Assert.Single(decisions[0].Evidence));
    }

    public static async Task CodebookVersions_SameContent_NoNewVersion(StoreTarget target)
    {
        await using var db = target.Database.CreateContext();
        var (v1, created1) = await CodebookVersions.AddAsync(db, "{\"id\":\"a\"}", "h1", "a.yaml", default);
        var (v1Again, created2) = await CodebookVersions.AddAsync(db, "{\"id\":\"a\"}", "h1", "a.yaml", default);
        var (v2, created3) = await CodebookVersions.AddAsync(db, "{\"id\":\"b\"}", "h2", "b.yaml", default);
        Assert.True(created1);
        Assert.False(created2);
        Assert.True(created3);
        Assert.Equal(1, v1.Version);
        Assert.Equal(1, v1Again.Version);
        Assert.Equal(2, v2.Version);
    }

    public static async Task CurrentCodes_RandomTrail_EqualInMemoryReplay(StoreTarget target)
    {
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var trail = CurrentCodesOracle.RandomTrail(seed, 400);
            await target.ReplaceDecisionsAsync(trail);
            await using var read = target.Database.CreateContext();
            Func<string, bool> humans = c => !c.StartsWith("machine:", StringComparison.Ordinal);
            var expectedAll = CodeKeys.Of(CurrentCodesOracle.CurrentCodes(trail, null));
            Assert.True(expectedAll.Count > 20, "the trail should leave many units coded");
            Assert.Equal(expectedAll, CodeKeys.Of(await CodeQueries.CurrentCodesAsync(read, null, default)));
            Assert.Equal(CodeKeys.Of(CurrentCodesOracle.CurrentCodes(trail, humans)), CodeKeys.Of(await CodeQueries.CurrentCodesAsync(read, humans, default)));
            Assert.Equal(expectedAll, CodeKeys.Of(await CodeQueries.CurrentCodesAsync(read, _ => true, default)));
            Assert.Equal(
                CodeKeys.Of(CurrentCodesOracle.CurrentCodes(trail, c => c == "jonas")),
                CodeKeys.Of(await CodeQueries.CurrentCodesOfAsync(read, ["jonas"], default)));
        }
    }

    public static async Task CurrentCodes_TextsBeyondAscii_ReadBackExactly(StoreTarget target)
    {
        // Ids in other scripts, an id longer than the reader keeps for lookups, and quotes and reasons with accents.
        var longCoder = "coder-" + new string('é', 300);
        var at = new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero);
        CodeDecision Decide(string coder, string interview, string? passage, string variable, DecisionAction action, double? value, string? reason, string quote, int second) => new()
        {
            InterviewId = interview,
            PassageId = passage,
            VariableId = variable,
            CodebookVersion = 1,
            CoderId = coder,
            Action = action,
            Value = value,
            MissingReason = reason,
            Evidence = quote.Length == 0 ? [] : [new EvidenceQuote("p-ü1", 0, quote.Length, quote, false, null, null, default)],
            At = at.AddSeconds(second),
        };
        List<CodeDecision> trail =
        [
            Decide("zoë", "مقابلة-٠١", "p-ü1", "vär_ñ", DecisionAction.Accept, 1, null, "«Ich war dort» — 我在那里", 0),
            Decide("zoë", "مقابلة-٠١", "p-ü1", "vär_ñ", DecisionAction.Edit, 3, null, "\"quoted\" 'twice'", 1),
            Decide("zoë", "مقابلة-٠١", null, "vär_ñ", DecisionAction.MarkMissing, null, "verweigert – unklar", "", 2),
            Decide(longCoder, "مقابلة-٠١", null, "vär_ñ", DecisionAction.Accept, 2, null, "", 3),
            Decide(longCoder, "интервью-2", null, "vär_ñ", DecisionAction.Accept, 0, null, "", 4),
        ];
        await target.ReplaceDecisionsAsync(trail);
        await using var read = target.Database.CreateContext();

        var all = await CodeQueries.CurrentCodesAsync(read, null, default);

        Assert.Equal(4, all.Count);
        Assert.Equal(CodeKeys.Of(CurrentCodesOracle.CurrentCodes(trail, null)), CodeKeys.Of(all));
        Assert.Equal(
            CodeKeys.Of(CurrentCodesOracle.CurrentCodes(trail, c => c == longCoder)),
            CodeKeys.Of(await CodeQueries.CurrentCodesOfAsync(read, [longCoder], default)));
        Assert.Contains(all, c => c.Score.MissingReason == "verweigert – unklar" && c.InterviewId == "مقابلة-٠١");
    }
}
