using PreCoder.Classification.Baselines;
using PreCoder.Classification.Classifiers;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;

namespace PreCoder.Classification.Evaluation;

/// <summary>
/// How agreement grows with the number of hand-coded interviews: the question a team asks before it starts. Every point
/// is tested on the same held-out folds, so points differ only in how much the model was given to learn from; the
/// zero-shot line (which learns nothing) is the level the trained model must rise above to be worth the coding.
/// Each point and the zero-shot line are computed on their own (<see cref="PointAsync"/>, <see cref="ZeroShotAsync"/>),
/// so a long curve can be kept part by part and resumed, then put together with <see cref="Assemble"/>.
/// </summary>
public sealed record LearningCurve(string Coder, int Folds, int Interviews, IReadOnlyList<LearningCurvePoint> Points, EvaluationReport? ZeroShot, IReadOnlyList<int> Skipped)
{
    public static async Task<LearningCurve> RunAsync(
        ClassifierEvaluator.ClassifierFactory trained,
        ClassifierEvaluator.ClassifierFactory zeroShot,
        IReadOnlyList<InterviewCase> cases,
        IReadOnlyList<CodeRecord> codes,
        Codebook codebook,
        string coder,
        int folds,
        IReadOnlyList<int> sizes,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var set = new EvaluationSet(cases, codes, codebook, coder);
        var points = new List<LearningCurvePoint>();
        foreach (var size in FittingSizes(cases.Count, folds, sizes))
        {
            progress?.Report($"learning curve: {size} training interviews per fold");
            points.Add(await PointAsync(trained, set, folds, size, cancellationToken));
        }
        var zero = await ZeroShotAsync(zeroShot, set, folds, cancellationToken);
        return Assemble(coder, folds, cases.Count, sizes, points, zero);
    }

    /// <summary>The sizes every fold can be given, in increasing order: the smallest fold's training part bounds them.</summary>
    public static IReadOnlyList<int> FittingSizes(int interviews, int folds, IReadOnlyList<int> sizes) =>
        sizes.Distinct().Order().Where(s => s <= Largest(interviews, folds)).ToArray();

    /// <summary>One point: the trained classifier and the base rate, each fold trained on <paramref name="size"/> interviews.</summary>
    public static async Task<LearningCurvePoint> PointAsync(ClassifierEvaluator.ClassifierFactory trained, EvaluationSet set, int folds, int size, CancellationToken cancellationToken = default)
    {
        var plan = new EvaluationPlan(folds) { TrainingInterviews = size };
        var report = await ClassifierEvaluator.EvaluateAsync(trained, set.Cases, set.Codes, set.Codebook, set.Coder, plan, null, cancellationToken);
        var baseRate = await ClassifierEvaluator.EvaluateAsync((_, training, _) => BaseRateClassifier.Fit(set.Codebook, training, set.Coder), set.Cases, set.Codes, set.Codebook, set.Coder, plan, null, cancellationToken);
        return new LearningCurvePoint(size, report, baseRate);
    }

    /// <summary>The zero-shot line on the same folds (it learns nothing, so one report serves every size).</summary>
    public static Task<EvaluationReport> ZeroShotAsync(ClassifierEvaluator.ClassifierFactory zeroShot, EvaluationSet set, int folds, CancellationToken cancellationToken = default) =>
        ClassifierEvaluator.EvaluateAsync(zeroShot, set.Cases, set.Codes, set.Codebook, set.Coder, new EvaluationPlan(folds), null, cancellationToken);

    /// <summary>The curve from its parts; the sizes asked for that do not fit are listed as skipped.</summary>
    public static LearningCurve Assemble(string coder, int folds, int interviews, IReadOnlyList<int> sizes, IEnumerable<LearningCurvePoint> points, EvaluationReport? zeroShot) =>
        new(coder, folds, interviews, points.OrderBy(p => p.TrainingInterviews).ToArray(), zeroShot, sizes.Where(s => s > Largest(interviews, folds)).Distinct().Order().ToArray());

    private static int Largest(int interviews, int folds) => interviews - (int)Math.Ceiling(interviews / (double)folds);
}
