using PreCoder.Classification.Classifiers;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;

namespace PreCoder.Classification.Evaluation;

/// <summary>
/// k-fold cross-validation by interview: interviews (sorted by id) are dealt round-robin into k folds; for each fold a
/// classifier is made from the other folds' interviews and codes (a zero-shot classifier simply ignores them) and its
/// suggestions for the held-out interviews are compared with the coder's codes. The same procedure serves every
/// classifier, so embedded, trained and LLM classifiers are compared on equal terms.
/// </summary>
public static class ClassifierEvaluator
{
    public delegate IClassifier ClassifierFactory(IReadOnlyList<InterviewCase> training, IReadOnlyList<CodeRecord> trainingCodes, CancellationToken cancellationToken);

    public static Task<EvaluationReport> EvaluateAsync(
        ClassifierFactory factory,
        IReadOnlyList<InterviewCase> cases,
        IReadOnlyList<CodeRecord> codes,
        Codebook codebook,
        string coder,
        int folds,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default) =>
        EvaluateAsync(factory, cases, codes, codebook, coder, new EvaluationPlan(folds), progress, cancellationToken);

    public static async Task<EvaluationReport> EvaluateAsync(
        ClassifierFactory factory,
        IReadOnlyList<InterviewCase> cases,
        IReadOnlyList<CodeRecord> codes,
        Codebook codebook,
        string coder,
        EvaluationPlan plan,
        IProgress<string>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var folds = new List<FoldOutcome>();
        for (var k = 0; k < plan.Folds; k++)
        {
            var fold = await EvaluateFoldAsync(factory, cases, codes, coder, plan, k, cancellationToken);
            folds.Add(fold);
            progress?.Report($"fold {k + 1}/{plan.Folds}: {fold.HeldOut} interviews held out");
        }
        return Summarise(folds, codebook, coder, plan, cases.Count);
    }

    /// <summary>Fold <paramref name="fold"/> (0-based) of the cross-validation <paramref name="plan"/> describes.</summary>
    public static async Task<FoldOutcome> EvaluateFoldAsync(
        ClassifierFactory factory,
        IReadOnlyList<InterviewCase> cases,
        IReadOnlyList<CodeRecord> codes,
        string coder,
        EvaluationPlan plan,
        int fold,
        CancellationToken cancellationToken = default)
    {
        var folds = plan.Folds;
        var ordered = cases.OrderBy(c => c.InterviewId, StringComparer.Ordinal).ToArray();
        if (folds < 2 || folds > ordered.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(plan), folds, $"folds must be between 2 and the number of interviews ({ordered.Length})");
        }
        ArgumentOutOfRangeException.ThrowIfNegative(fold);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(fold, folds);
        var coderCodes = codes.Where(c => c.CoderId == coder).ToArray();
        var pairs = new List<PairOutcome>();
        int coderMissing = 0, machineMissing = 0, bothMissing = 0;
        var k = fold;
        var test = ordered.Where((_, i) => i % folds == k).ToArray();
        var testIds = test.Select(t => t.InterviewId).ToHashSet(StringComparer.Ordinal);
        var training = ordered.Where(c => !testIds.Contains(c.InterviewId)).ToArray();
        if (plan.TrainingInterviews is { } size)
        {
            // The same seeded shuffle for every size, so a larger sample contains the smaller one and the curve
            // shows what more coding adds rather than which interviews happened to be drawn.
            var random = new Random(plan.Seed + k);
            training = training.OrderBy(_ => random.Next()).Take(size).OrderBy(c => c.InterviewId, StringComparer.Ordinal).ToArray();
        }
        var trainingIds = training.Select(t => t.InterviewId).ToHashSet(StringComparer.Ordinal);
        var classifier = factory(training, coderCodes.Where(c => trainingIds.Contains(c.InterviewId)).ToArray(), cancellationToken);
        foreach (var interview in test)
        {
            var suggestions = await classifier.ClassifyAsync(interview, cancellationToken);
            var machine = suggestions.GroupBy(s => (s.PassageId, s.VariableId)).ToDictionary(g => g.Key, g => g.Last());
            foreach (var code in coderCodes.Where(c => c.InterviewId == interview.InterviewId))
            {
                if (!machine.TryGetValue((code.PassageId, code.VariableId), out var s))
                {
                    continue;
                }
                if (code.PassageId is null && (code.Score.Value is null || s.Value is null))
                {
                    coderMissing += code.Score.Value is null ? 1 : 0;
                    machineMissing += s.Value is null ? 1 : 0;
                    bothMissing += code.Score.Value is null && s.Value is null ? 1 : 0;
                    continue;
                }
                if (code.Score.Value is not { } human || s.Value is not { } value)
                {
                    continue;
                }
                pairs.Add(code.Evidence.Count > 0 && human > 0
                    ? WithEvidence(new PairOutcome(code.InterviewId, code.PassageId, code.VariableId, human, value, s.Confidence, null), s, code, interview, plan)
                    : new PairOutcome(code.InterviewId, code.PassageId, code.VariableId, human, value, s.Confidence, null));
            }
        }
        return new FoldOutcome(k, test.Length, classifier.Name, classifier.ModelVersion, pairs, new MissingFigures(coderMissing, machineMissing, bothMissing));
    }

    /// <summary>The report over every fold of <paramref name="plan"/>, in fold order; the classifier's name and version are the last fold's.</summary>
    public static EvaluationReport Summarise(IReadOnlyList<FoldOutcome> folds, Codebook codebook, string coder, EvaluationPlan plan, int interviews)
    {
        var ordered = folds.OrderBy(f => f.Fold).ToArray();
        var pairs = ordered.SelectMany(f => f.Pairs).ToList();
        var last = ordered.LastOrDefault();
        var variables = codebook.Variables.ToDictionary(v => v.Id, StringComparer.Ordinal);
        var interviewPairs = pairs.Where(p => p.PassageId is null && variables.ContainsKey(p.VariableId) && variables[p.VariableId].Scale.Kind != ScaleKind.Nominal).ToArray();
        var max = interviewPairs.Length == 0 ? 3 : interviewPairs.Max(p => (int)(variables[p.VariableId].Scale.Max ?? 1));
        var overall = AgreementCalculator.Compute(interviewPairs, 0, Math.Max(1, max));
        var perVariable = interviewPairs.GroupBy(p => p.VariableId)
            .OrderBy(g => codebook.Variables.ToList().FindIndex(v => v.Id == g.Key))
            .Select(g => new VariableEvaluation(g.Key, variables[g.Key].Category, AgreementCalculator.Compute(g.ToArray(), (int)(variables[g.Key].Scale.Min ?? 0), (int)(variables[g.Key].Scale.Max ?? 1))))
            .ToArray();
        var passageLevel = pairs.Where(p => p.PassageId is not null && variables.ContainsKey(p.VariableId))
            .GroupBy(p => p.VariableId)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => PassageScores(variables[g.Key], g.ToArray()))
            .ToArray();
        var missing = new MissingFigures(ordered.Sum(f => f.Missing.Coder), ordered.Sum(f => f.Missing.Machine), ordered.Sum(f => f.Missing.Both));
        return new EvaluationReport(last?.Classifier ?? "", last?.ModelVersion ?? "", coder, plan.Folds, interviews, overall, perVariable, passageLevel, pairs,
            missing, plan.TrainingInterviews);
    }

    /// <summary>The token F1 of the machine's quotes against the coder's, and of the two evidence baselines.</summary>
    private static PairOutcome WithEvidence(PairOutcome pair, Core.Suggestions.Suggestion s, CodeRecord code, InterviewCase interview, EvaluationPlan plan)
    {
        var human = code.Evidence.Select(q => q.Text).ToArray();
        var passages = s.Evidence.Select(q => q.PassageId).Distinct(StringComparer.Ordinal)
            .Select(id => interview.Passages.FirstOrDefault(p => p.Id == id))
            .Where(p => p is not null)
            .Select(p => p!.English ?? p.Text)
            .ToArray();
        var nearest = plan.NearestSentence?.Invoke(interview, code.VariableId);
        return pair with
        {
            EvidenceF1 = TokenF1.Compute(s.Evidence.Select(q => q.Text), human),
            WholePassageF1 = TokenF1.Compute(passages, human),
            NearestSentenceF1 = plan.NearestSentence is null ? null : TokenF1.Compute(nearest is null ? [] : [nearest], human),
        };
    }

    /// <summary>Per-code precision, recall and F1 of a passage-level variable: its categories, or each value of its scale.</summary>
    private static PassageVariableEvaluation PassageScores(Variable v, IReadOnlyList<PairOutcome> pairs)
    {
        var codes = v.Scale.Kind == ScaleKind.Nominal
            ? v.Scale.Categories.Select((label, i) => (Value: (double)i, Label: label)).ToArray()
            : Enumerable.Range((int)(v.Scale.Min ?? 0), (int)((v.Scale.Max ?? 1) - (v.Scale.Min ?? 0)) + 1)
                .Select(x => (Value: (double)x, Label: v.Scale.Format(new Score(x)))).ToArray();
        var categories = codes.Select(code =>
        {
            var (i, label) = code;
            var tp = pairs.Count(p => p.Human == i && p.Machine == i);
            var fp = pairs.Count(p => p.Human != i && p.Machine == i);
            var fn = pairs.Count(p => p.Human == i && p.Machine != i);
            var precision = tp + fp > 0 ? tp / (double)(tp + fp) : 0;
            var recall = tp + fn > 0 ? tp / (double)(tp + fn) : 0;
            var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
            return new CategoryF1(label, tp + fn, precision, recall, f1);
        }).ToArray();
        var present = categories.Where(c => c.Support > 0).ToArray();
        return new PassageVariableEvaluation(v.Id, pairs.Count, pairs.Count(p => p.Exact) / (double)pairs.Count, present.Length > 0 ? present.Average(c => c.F1) : 0, categories);
    }
}
