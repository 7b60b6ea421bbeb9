using PreCoder.Core.Passages;
using PreCoder.Store.Transcripts;
using PreCoder.Transcripts.Import;

namespace PreCoder.Application.Ingest;

/// <summary>
/// The <c>import</c> stage: reads transcript files (txt, vtt, srt, docx, csv/tsv) and stores each interview's
/// segments and passages in one transaction per file. Options: format, map, roles, passages.
/// </summary>
public sealed class ImportStage : IItemStage
{
    public IReadOnlyList<StageOption> Options { get; } =
    [
        new("path", "a transcript file or folder, relative to an input folder (default: the run's inputs)"),
        new("format", "the transcript format", "auto", "txt", "vtt", "srt", "docx", "csv"),
        new("map", "CSV columns, e.g. interview=ID,speaker=Who,text=Said"),
        new("roles", "speaker roles, e.g. interviewer=Q,translator=T"),
        new("passages", "one passage per segment, or windows of about Passages:TargetWords", "window", "segment"),
    ];

    public string Name => "import";

    public Task<IReadOnlyList<StageItem>> PlanAsync(StudySession session, StageInput input, CancellationToken cancellationToken)
    {
        var options = ReadOptions(session, input);
        var files = InputFiles.Expand(input.SourcePaths, TranscriptImporter.IsTranscript);
        IReadOnlyList<StageItem> items = files
            .Where(f => options.Format != TranscriptFormat.Auto || TranscriptImporter.IsTranscript(f))
            .Select(f => new StageItem(f, ContentHash.OfFile(f, input.Options, PassageOptionsHash(session, input)), f))
            .ToArray();
        return Task.FromResult(items);
    }

    public async Task<string> RunAsync(StudySession session, StageInput input, StageItem item, CancellationToken cancellationToken)
    {
        var options = ReadOptions(session, input);
        var passageOptions = Passages(session, input);
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

    public static ImportOptions ReadOptions(StudySession session, StageInput input) => new()
    {
        Format = input.Option("format") is { Length: > 0 } f
            ? Enum.TryParse<TranscriptFormat>(f, ignoreCase: true, out var format) && Enum.IsDefined(format)
                ? format
                : throw new Core.Errors.InputException("--format", null, $"'{f}' is not auto, txt, vtt, srt, docx or csv")
            : TranscriptFormat.Auto,
        Columns = ColumnMap.Parse(input.Option("map")),
        Roles = RoleMap.Parse(input.Option("roles")),
    };

    public static PassageOptions Passages(StudySession session, StageInput input)
    {
        var options = session.Configuration.Bind<PassageOptions>(PassageOptions.Section);
        if (input.Option("passages") is { Length: > 0 } mode)
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
        var p = Passages(session, input);
        return $"{p.Mode}/{p.TargetWords}/{p.MaxWords}";
    }
}
