using PreCoder.Application.Codebooks;
using PreCoder.Application.Decisions;
using PreCoder.Application.Ingest;
using PreCoder.Application.Pipeline;
using PreCoder.Application.Precoding;
using PreCoder.Application.Studies;
using PreCoder.Codebooks.Json;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;
using PreCoder.Core.Suggestions;
using PreCoder.Store.Studies;
using PreCoder.TestKit;

namespace PreCoder.Web.Benchmarks;

/// <summary>
/// A study at the seed study's scale for one interview: 288 interview-level variables (the seed codebook's, repeated
/// under new ids), a transcript of about 13,000 words (the sample's int01 nine times), a suggestion with two quotes for
/// every variable, and two other coders' codes on every variable.
/// </summary>
internal static class BenchStudy
{
    public const string Interview = "bench01";
    public const int Variables = 288;

    public static async Task<StudySession> CreateAsync(string folder, CancellationToken cancellationToken)
    {
        new StudyFolder(folder).Create("workspace-bench");
        var session = await StudySession.OpenAsync(new StudyOpenOptions(folder), cancellationToken);
        await CodebookImport.ImportAsync(session, SeedScaleCodebook(folder), cancellationToken);

        var transcript = Path.Combine(folder, $"{Interview}.txt");
        var text = await File.ReadAllTextAsync(RepoPaths.Sample("transcripts", "int01.txt"), cancellationToken);
        await File.WriteAllTextAsync(transcript, string.Join(Environment.NewLine, Enumerable.Repeat(text.Trim(), 9)), cancellationToken);
        var stage = new ImportStage();
        var input = new StageInput([transcript], new Dictionary<string, string>());
        foreach (var item in await stage.PlanAsync(session, input, cancellationToken))
        {
            await stage.RunAsync(session, input, item, cancellationToken);
        }

        await using var db = session.CreateDb();
        var codebook = await StudyCodebook.LoadAsync(db, cancellationToken);
        var passages = db.Passages.Where(p => p.InterviewId == Interview).OrderBy(p => p.Index).ToList();
        var suggestions = codebook.Codebook.Variables.Select((v, i) => new Suggestion
        {
            InterviewId = Interview,
            VariableId = v.Id,
            CodebookVersion = codebook.Version,
            CoderId = "machine:embedded",
            Classifier = "embedded",
            ModelVersion = "bench",
            Value = v.Scale.Levels.Count > 0 ? v.Scale.Levels[i % v.Scale.Levels.Count] : 20,
            Confidence = 0.3 + (i % 7) / 10.0,
            Evidence = [Quote(passages[(i * 3) % passages.Count]), Quote(passages[(i * 7 + 1) % passages.Count])],
            Rationale = "bench",
            CreatedAt = DateTimeOffset.UtcNow,
        }).ToArray();
        await SuggestionWriter.ReplaceAsync(session, Interview, "embedded", "bench", suggestions, cancellationToken);

        var decisions = new CodingDecisions(session);
        foreach (var coder in new[] { "ayse", "jonas" })
        {
            await decisions.DecideAllAsync(codebook.Codebook.Variables
                .Select(v => new DecisionRequest(coder, Interview, v.Id, DecisionKind.Score) { Score = v.Scale.Levels.Count > 0 ? v.Scale.Format(Score.Of(v.Scale.Levels[^1])) : "20" })
                .ToArray(), cancellationToken);
        }
        return session;
    }

    private static EvidenceQuote Quote(PreCoder.Core.Passages.Passage passage)
    {
        var length = Math.Min(60, passage.Text.Length);
        return new EvidenceQuote(passage.Id, 0, length, passage.Text[..length], StartTime: passage.Start, EndTime: passage.End);
    }

    /// <summary>The seed codebook's interview-level variables, repeated under new ids until there are 288.</summary>
    private static string SeedScaleCodebook(string folder)
    {
        var seed = CodebookJson.Deserialize(CodebookJson.Serialize(PreCoder.Codebooks.Files.CodebookFiles.Read(RepoPaths.SeedCodebook).GetCodebookOrThrow()));
        var interviewLevel = seed.Variables.Where(v => v.Unit == CodingUnit.Interview && v.AppliesTo is null && v.Scale.Levels.Count > 0).ToArray();
        var variables = Enumerable.Range(0, Variables)
            .Select(i =>
            {
                var variable = interviewLevel[i % interviewLevel.Length];
                var copy = i / interviewLevel.Length + 1;
                return copy == 1 ? variable : variable with { Id = $"{variable.Id}_{copy}", Name = $"{variable.Name} ({copy})" };
            })
            .ToArray();
        var file = Path.Combine(folder, "codebook-288.json");
        File.WriteAllText(file, CodebookJson.Serialize(seed with { Variables = variables }));
        return file;
    }
}
