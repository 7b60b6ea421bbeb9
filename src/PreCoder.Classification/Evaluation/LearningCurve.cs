using PreCoder.Classification.Baselines;
using PreCoder.Classification.Classifiers;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;

namespace PreCoder.Classification.Evaluation;

/// <summary>
/// How agreement grows with the number of hand-coded interviews: the question a team asks before it starts. Every point
/// is tested on the same held-out folds, so points differ only in how much the model was given to learn from; the
/// zero-shot line (which learns nothing) is the level the trained model must rise above to be worth the coding.
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
        // The smallest fold's training part bounds every size: beyond it some folds could not be given that many.
        var largest = cases.Count - (int)Math.Ceiling(cases.Count / (double)folds);
        var points = new List<LearningCurvePoint>();
        foreach (var size in sizes.Distinct().Order().Where(s => s <= largest))
        {
            var plan = new EvaluationPlan(folds) { TrainingInterviews = size };
            progress?.Report($"learning curve: {size} training interviews per fold");
            var report = await ClassifierEvaluator.EvaluateAsync(trained, cases, codes, codebook, coder, plan, null, cancellationToken);
            var baseRate = await ClassifierEvaluator.EvaluateAsync((_, training, _) => BaseRateClassifier.Fit(codebook, training, coder), cases, codes, codebook, coder, plan, null, cancellationToken);
            points.Add(new LearningCurvePoint(size, report, baseRate));
        }
        var zero = await ClassifierEvaluator.EvaluateAsync(zeroShot, cases, codes, codebook, coder, new EvaluationPlan(folds), null, cancellationToken);
        return new LearningCurve(coder, folds, cases.Count, points, zero, sizes.Where(s => s > largest).Distinct().Order().ToArray());
    }
}
