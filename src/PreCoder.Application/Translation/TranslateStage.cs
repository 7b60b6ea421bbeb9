using PreCoder.Core.Errors;
using PreCoder.Llm.Configuration;

namespace PreCoder.Application.Translation;

/// <summary>
/// The <c>translate</c> stage: one item per interview that has non-English segments without English. An interview
/// with a segment the model could not translate fails (its other translations are kept) and is tried again next run.
/// </summary>
public sealed class TranslateStage : IItemStage<NoStageOptions>, IDisposable
{
    public const string StageName = "translate";

    private Translating? _run;

    public string Name => StageName;

    public async Task<IReadOnlyList<StageItem>> PlanAsync(StudySession session, StageInput input, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        var segments = db.Segments.AsEnumerable().Where(Translating.NeedsEnglish).ToArray();
        var options = session.Configuration.Bind<LlmOptions>(LlmOptions.Section);
        return segments.GroupBy(s => s.InterviewId, StringComparer.Ordinal)
            .Select(g => new StageItem(g.Key, ContentHash.OfText(string.Join("\u0001", g.Select(s => s.Id + "\u0002" + s.Text)), input.Options, options.Endpoint, options.Model), InterviewId: g.Key))
            .ToArray();
    }

    public async Task<string> RunAsync(StudySession session, StageInput input, StageItem item, CancellationToken cancellationToken)
    {
        _run ??= await Translating.OpenAsync(session, cancellationToken);
        var (translated, failed) = await _run.InterviewAsync(session, item.Key, cancellationToken);
        return failed.Count > 0
            ? throw new InputException(item.Key, null, $"{failed.Count} segment(s) not translated ({failed[0]}); {translated} kept")
            : $"{translated} segment(s) translated; {_run.Usage}";
    }

    public void Dispose() => _run?.Dispose();
}
