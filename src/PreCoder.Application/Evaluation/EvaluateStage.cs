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
/// both baselines on the same held-out interviews), or one item for a whole learning curve. Each finished item's result
/// is kept in <see cref="EvaluationCheckpoints"/>, so a stopped run resumes with the folds not yet done. A fold is done
/// again when the coder's codes, the passages, the codebook, the classifier settings or the options change.
/// </summary>
public sealed partial class EvaluateStage(IProgress<string>? progress = null) : IItemStage<EvaluateStageOptions>
{
    public const string StageName = "evaluate";

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
        var items = sizes.Count > 0
            ? [new StageItem($"{prefix}/curve {string.Join(",", sizes)} of {options.Folds} folds", ContentHash.OfText(inputs, input.Options))]
            : Enumerable.Range(1, options.Folds).Select(k => new StageItem($"{prefix}/fold {k} of {options.Folds}", ContentHash.OfText(inputs, input.Options, k.ToString(CultureInfo.InvariantCulture)))).ToArray();
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
        if (options.Sizes() is { Count: > 0 } sizes)
        {
            var curve = await LearningCurve.RunAsync(classifiers.Trained, classifiers.ZeroShot, study.Cases, study.Codes, study.Codebook.Codebook, options.Coder!, options.Folds, sizes, progress ?? new Progress<string>(), cancellationToken);
            await EvaluationCheckpoints.SaveAsync(session, item.Key, item.InputHash, curve, cancellationToken);
            return $"{curve.Points.Count} point(s) of {curve.Interviews} interviews";
        }
        var fold = FoldOf(item.Key);
        var plan = new EvaluationPlan(options.Folds) { NearestSentence = classifiers.NearestSentence };
        var result = await ClassifierComparisonRunner.RunFoldAsync(classifiers.Main, classifiers.ZeroShotBaseline, new EvaluationSet(study.Cases, study.Codes, study.Codebook.Codebook, options.Coder!), plan, fold, cancellationToken);
        await EvaluationCheckpoints.SaveAsync(session, item.Key, item.InputHash, result, cancellationToken);
        return $"{result.Main.HeldOut} interviews held out, {result.Main.Pairs.Count} codes compared";
    }

    /// <summary>The 0-based fold an item key (<c>CODER/CLASSIFIER/fold K of N</c>) names.</summary>
    private static int FoldOf(string key) =>
        int.Parse(FoldKey().Match(key).Groups[1].Value, CultureInfo.InvariantCulture) - 1;

    [GeneratedRegex(@"/fold (\d+) of \d+$")]
    private static partial Regex FoldKey();

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
