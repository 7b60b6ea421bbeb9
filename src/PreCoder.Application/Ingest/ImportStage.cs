using PreCoder.Core.Passages;
using PreCoder.Store.Transcripts;
using PreCoder.Transcripts.Import;

namespace PreCoder.Application.Ingest;

/// <summary>
/// The <c>import</c> stage: reads transcript files (txt, vtt, srt, docx, csv/tsv) and stores each interview's
/// segments and passages in one transaction per file. Options: format, map, roles, passages.
/// </summary>
public sealed class ImportStage : IItemStage<ImportStageOptions>
{
    public const string StageName = "import";

    public string Name => StageName;

    public Task<IReadOnlyList<StageItem>> PlanAsync(StudySession session, StageInput input, CancellationToken cancellationToken)
    {
        var options = ReadOptions(input.OptionsAs<ImportStageOptions>());
        var files = InputFiles.Expand(input.SourcePaths, TranscriptImporter.IsTranscript);
        IReadOnlyList<StageItem> items = files
            .Where(f => options.Format != TranscriptFormat.Auto || TranscriptImporter.IsTranscript(f))
            .Select(f => new StageItem(f, ContentHash.OfFile(f, input.Options, PassageOptionsHash(session, input)), f))
            .ToArray();
        return Task.FromResult(items);
    }

    public async Task<string> RunAsync(StudySession session, StageInput input, StageItem item, CancellationToken cancellationToken)
    {
        var stageOptions = input.OptionsAs<ImportStageOptions>();
        var options = ReadOptions(stageOptions);
        var passageOptions = Passages(session, stageOptions.Passages);
        var transcripts = TranscriptImporter.Read(item.Path!, options);
        await using var db = session.CreateDb();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var segments = 0;
        var passages = 0;
        var evidence = ReanchorResult.None;
        foreach (var t in transcripts)
        {
            var built = PassageBuilder.Build(t.InterviewId, t.Segments, passageOptions);
            await TranscriptWriter.ReplaceAsync(db, t, built, item.Path!, cancellationToken);
            evidence = evidence.Add(await EvidenceReanchoring.ReanchorAsync(db, t.InterviewId, built, session.Time.GetUtcNow(), cancellationToken));
            segments += t.Segments.Count;
            passages += built.Count;
        }
        await tx.CommitAsync(cancellationToken);
        return $"{transcripts.Count} interview(s), {segments} segments, {passages} passages{evidence.Describe()}";
    }

    private static ImportOptions ReadOptions(ImportStageOptions options) => new()
    {
        Format = Enum.Parse<TranscriptFormat>(options.Format, ignoreCase: true),
        Columns = ColumnMap.Parse(options.Map),
        Roles = RoleMap.Parse(options.Roles),
    };

    /// <summary>The <c>Passages</c> section with a stage's or a command's <paramref name="mode"/> (segment, window) on top.</summary>
    public static PassageOptions Passages(StudySession session, string? mode)
    {
        var options = session.Configuration.Bind<PassageOptions>(PassageOptions.Section);
        if (mode is { Length: > 0 })
        {
            options.Mode = mode.ToLowerInvariant() switch
            {
                "segment" => PassageMode.Segment,
                "window" => PassageMode.Window,
                _ => throw new Core.Errors.InputException("--passages", null, $"'{mode}' is not segment or window"),
            };
        }
        return options;
    }

    private static string PassageOptionsHash(StudySession session, StageInput input)
    {
        var p = Passages(session, input.OptionsAs<ImportStageOptions>().Passages);
        return $"{p.Mode}/{p.TargetWords}/{p.MaxWords}";
    }
}
