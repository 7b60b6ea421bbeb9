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
        var set = new EvaluationSet(cases, codes, codebook, coder);
        var folds = new List<FoldComparison>();
        for (var k = 0; k < plan.Folds; k++)
        {
            var fold = await RunFoldAsync(main, zeroShot, set, plan, k, cancellationToken);
            folds.Add(fold);
            progress?.Report($"fold {k + 1}/{plan.Folds}: {fold.Main.HeldOut} interviews held out");
        }
        return Combine(folds, set, plan);
    }

    /// <summary>Fold <paramref name="fold"/> (0-based) for the classifier and both baselines.</summary>
    public static async Task<FoldComparison> RunFoldAsync(ClassifierEvaluator.ClassifierFactory main, ClassifierEvaluator.ClassifierFactory? zeroShot, EvaluationSet set, EvaluationPlan plan, int fold, CancellationToken cancellationToken = default)
    {
        var (cases, codes, codebook, coder) = set;
        var report = await ClassifierEvaluator.EvaluateFoldAsync(main, cases, codes, coder, plan, fold, cancellationToken);
        var baseRate = await ClassifierEvaluator.EvaluateFoldAsync((_, training, _) => BaseRateClassifier.Fit(codebook, training, coder), cases, codes, coder, plan with { NearestSentence = null }, fold, cancellationToken);
        var zero = zeroShot is null ? null : await ClassifierEvaluator.EvaluateFoldAsync(zeroShot, cases, codes, coder, plan with { NearestSentence = null }, fold, cancellationToken);
        return new FoldComparison(report, baseRate, zero);
    }

    /// <summary>The comparison over every fold of <paramref name="plan"/>, however many runs computed them.</summary>
    public static ClassifierComparison Combine(IReadOnlyList<FoldComparison> folds, EvaluationSet set, EvaluationPlan plan)
    {
        var (cases, _, codebook, coder) = set;
        var report = ClassifierEvaluator.Summarise(folds.Select(f => f.Main).ToArray(), codebook, coder, plan, cases.Count);
        var baseRate = ClassifierEvaluator.Summarise(folds.Select(f => f.BaseRate).ToArray(), codebook, coder, plan, cases.Count);
        var zero = folds.All(f => f.ZeroShot is not null) && folds.Count > 0
            ? ClassifierEvaluator.Summarise(folds.Select(f => f.ZeroShot!).ToArray(), codebook, coder, plan, cases.Count)
            : null;
        var ordered = cases.Select(c => c.InterviewId).Order(StringComparer.Ordinal).Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i % plan.Folds, StringComparer.Ordinal);
        return new ClassifierComparison(report, baseRate, zero, Reliability.Of(report.Pairs, id => ordered[id], plan.Folds));
    }
}
