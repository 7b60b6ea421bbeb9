using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using PreCoder.Classification.Embeddings;
using PreCoder.Classification.Evaluation;
using PreCoder.Classification.Trained;
using PreCoder.Classification.ZeroShot;

namespace PreCoder.Application.Evaluation;

/// <summary>
/// The <c>evaluate</c> stage: a classifier's cross-validation against one coder, one item per fold (the classifier and
/// both baselines on the same held-out interviews), or for a learning curve one item per point and one for the zero-shot
/// line. Each finished item's result is kept in <see cref="EvaluationCheckpoints"/>, so a stopped run resumes with the
/// items not yet done. An item is done again when the coder's codes, the passages, the codebook, the classifier settings
/// or the options change; a curve's points do not depend on which other sizes were asked for, so extending a curve
/// computes only the new points.
/// </summary>
public sealed partial class EvaluateStage(IProgress<string>? progress = null) : IItemStage<EvaluateStageOptions>
{
    public const string StageName = "evaluate";

    private const string CurveZeroShot = "curve zero-shot";

    private StudyCases? _study;
    private EvaluationClassifiers? _classifiers;

    public EvaluateStage()
        : this(null)
    {
    }

    public string Name => StageName;

    /// <summary>The items the last plan listed, with their hashes: where the caller finds each one's saved result.</summary>
    public IReadOnlyList<StageItem> Planned { get; private set; } = [];

    /// <summary>What the language model classifier used in this run (calls, tokens), when it was the one and ran.</summary>
    public string? LlmUsage => _classifiers?.Llm?.Usage?.ToText();

    public async Task<IReadOnlyList<StageItem>> PlanAsync(StudySession session, StageInput input, CancellationToken cancellationToken)
    {
        var options = input.OptionsAs<EvaluateStageOptions>();
        _study = await StudyCases.LoadAsync(session, options.Coder!, cancellationToken);
        var inputs = Inputs(session, _study, options.Classifier);
        var prefix = $"{options.Coder}/{options.Classifier.ToLowerInvariant()}";
        var sizes = options.Sizes();
        IReadOnlyList<StageItem> items;
        if (sizes.Count > 0)
        {
            var pointOptions = input.Options.Where(o => !o.Key.Equals(nameof(EvaluateStageOptions.LearningCurve), StringComparison.OrdinalIgnoreCase)).ToDictionary();
            items =
            [
                .. LearningCurve.FittingSizes(_study.Cases.Count, options.Folds, sizes).Select(size =>
                    new StageItem($"{prefix}/curve point {size} of {options.Folds} folds", ContentHash.OfText(inputs, pointOptions, "curve point", size.ToString(CultureInfo.InvariantCulture)))),
                new StageItem($"{prefix}/{CurveZeroShot} of {options.Folds} folds", ContentHash.OfText(inputs, pointOptions, CurveZeroShot)),
            ];
        }
        else
        {
            items = Enumerable.Range(1, options.Folds).Select(k => new StageItem($"{prefix}/fold {k} of {options.Folds}", ContentHash.OfText(inputs, input.Options, k.ToString(CultureInfo.InvariantCulture)))).ToArray();
        }
        await using (var db = session.CreateDb())
        {
            foreach (var item in items.Where(i => !File.Exists(EvaluationCheckpoints.PathFor(session, i.Key))))
            {
                // The record says done but the result is gone: forget the record, so the item is done again.
                await db.StageRuns.Where(r => r.Stage == Name && r.Item == item.Key).ExecuteDeleteAsync(cancellationToken);
            }
        }
        Planned = items;
        return items;
    }

    public async Task<string> RunAsync(StudySession session, StageInput input, StageItem item, CancellationToken cancellationToken)
    {
        var options = input.OptionsAs<EvaluateStageOptions>();
        var study = _study ??= await StudyCases.LoadAsync(session, options.Coder!, cancellationToken);
        var classifiers = _classifiers ??= await EvaluationClassifiers.CreateAsync(session, study, options.Classifier.ToLowerInvariant(), options.Coder!, cancellationToken);
        var set = new EvaluationSet(study.Cases, study.Codes, study.Codebook.Codebook, options.Coder!);
        if (CurvePointSize(item) is { } size)
        {
            progress?.Report($"learning curve: {size} training interviews per fold");
            var point = await LearningCurve.PointAsync(classifiers.Trained, set, options.Folds, size, cancellationToken);
            await EvaluationCheckpoints.SaveAsync(session, item.Key, item.InputHash, point, cancellationToken);
            return $"{size} training interviews per fold";
        }
        if (IsCurveZeroShot(item))
        {
            var zero = await LearningCurve.ZeroShotAsync(classifiers.ZeroShot, set, options.Folds, cancellationToken);
            await EvaluationCheckpoints.SaveAsync(session, item.Key, item.InputHash, zero, cancellationToken);
            return "the zero-shot line";
        }
        var fold = FoldOf(item.Key);
        var plan = new EvaluationPlan(options.Folds) { NearestSentence = classifiers.NearestSentence };
        var result = await ClassifierComparisonRunner.RunFoldAsync(classifiers.Main, classifiers.ZeroShotBaseline, set, plan, fold, cancellationToken);
        await EvaluationCheckpoints.SaveAsync(session, item.Key, item.InputHash, result, cancellationToken);
        return $"{result.Main.HeldOut} interviews held out, {result.Main.Pairs.Count} codes compared";
    }

    /// <summary>The training size a learning-curve point's item (<c>CODER/CLASSIFIER/curve point S of N folds</c>) names; null for other items.</summary>
    public static int? CurvePointSize(StageItem item) =>
        CurvePointKey().Match(item.Key) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    /// <summary>True for the item of a learning curve's zero-shot line.</summary>
    public static bool IsCurveZeroShot(StageItem item) => item.Key.Contains($"/{CurveZeroShot} of ", StringComparison.Ordinal);

    /// <summary>The 0-based fold an item key (<c>CODER/CLASSIFIER/fold K of N</c>) names.</summary>
    private static int FoldOf(string key) =>
        int.Parse(FoldKey().Match(key).Groups[1].Value, CultureInfo.InvariantCulture) - 1;

    [GeneratedRegex(@"/fold (\d+) of \d+$")]
    private static partial Regex FoldKey();

    [GeneratedRegex(@"/curve point (\d+) of \d+ folds$")]
    private static partial Regex CurvePointKey();

    /// <summary>
    /// Everything a fold's result depends on besides the options: every passage's text (the zero-shot classifier is
    /// fitted on the whole study), the interviews' attributes, the coder's codes and quotes, the quotes they turned down, the codebook version,
    /// the classifier and encoder settings, the zero-shot rules and, for the language model, its endpoint, model and prompt.
    /// </summary>
    private static string Inputs(StudySession session, StudyCases study, string classifier)
    {
        string Section(string name) => string.Join(";", session.Configuration.GetSection(name).AsEnumerable().Where(c => c.Value is not null).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"));
        return string.Join("\u0001",
            study.Codebook.Version.ToString(CultureInfo.InvariantCulture),
            string.Join("\u0002", study.Passages.Select(EmbeddingCodec.TextHash)),
            JsonSerializer.Serialize(study.Cases.Select(c => new { c.InterviewId, c.Attributes })),
            JsonSerializer.Serialize(study.Codes),
            JsonSerializer.Serialize(study.Rejected),
            Section(ZeroShotOptions.Section),
            Section(TrainerOptions.Section),
            Section(EncoderOptions.Section),
            EmbeddedClassifier.RulesVersion,
            classifier.Equals(LlmClassifierFactory.Name, StringComparison.OrdinalIgnoreCase) ? LlmClassifierFactory.StageVersion(session) : "");
    }
}
