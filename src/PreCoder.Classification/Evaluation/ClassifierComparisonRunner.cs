using PreCoder.Classification.Baselines;
using PreCoder.Classification.Classifiers;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;

namespace PreCoder.Classification.Evaluation;

/// <summary>Runs a classifier's cross-validation and its baselines' on the same folds (see <see cref="ClassifierComparison"/>).</summary>
public static class ClassifierComparisonRunner
{
    /// <param name="zeroShot">The zero-shot classifier's factory; null when <paramref name="main"/> is the zero-shot classifier.</param>
    public static async Task<ClassifierComparison> RunAsync(
        ClassifierEvaluator.ClassifierFactory main,
        ClassifierEvaluator.ClassifierFactory? zeroShot,
        IReadOnlyList<InterviewCase> cases,
        IReadOnlyList<CodeRecord> codes,
        Codebook codebook,
        string coder,
        EvaluationPlan plan,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var report = await ClassifierEvaluator.EvaluateAsync(main, cases, codes, codebook, coder, plan, progress, cancellationToken);
        var baseRate = await ClassifierEvaluator.EvaluateAsync((_, training, _) => BaseRateClassifier.Fit(codebook, training, coder), cases, codes, codebook, coder, plan with { NearestSentence = null }, null, cancellationToken);
        var zero = zeroShot is null ? null : await ClassifierEvaluator.EvaluateAsync(zeroShot, cases, codes, codebook, coder, plan with { NearestSentence = null }, null, cancellationToken);
        var ordered = cases.Select(c => c.InterviewId).Order(StringComparer.Ordinal).Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i % plan.Folds, StringComparer.Ordinal);
        return new ClassifierComparison(report, baseRate, zero, Reliability.Of(report.Pairs, id => ordered[id], plan.Folds));
    }
}
