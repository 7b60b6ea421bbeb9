using PreCoder.Classification.Embeddings;
using PreCoder.Classification.Trained;
using PreCoder.Classification.ZeroShot;
using PreCoder.Core.Coding;

namespace PreCoder.Classification.Learning;

/// <summary>
/// Learns a <see cref="VariableModel"/> per interview-level variable from one coder's codes: first which sentences are
/// evidence (from the sentences the coder quoted against the other sentences of the same interviews), then the score
/// from how the interview's sentences score as evidence (multiple-instance learning), with the feature set chosen per
/// variable by cross-validation. Training interviews' evidence features are cross-fitted: each comes from sentence
/// models that never saw that interview's quotes, as a new interview's will.
/// </summary>
public sealed class VariableLearner
{
    private readonly IReadOnlyDictionary<string, InterviewAnalysis> _analyses;
    private readonly PrototypeSet _prototypes;
    private readonly ZeroShotOptions _zeroShot;
    private readonly TrainerOptions _options;
    private readonly Dictionary<string, int> _fold;
    private readonly Dictionary<string, SentenceContext> _context;

    public VariableLearner(IReadOnlyDictionary<string, InterviewAnalysis> analyses, PrototypeSet prototypes, ZeroShotOptions zeroShot, TrainerOptions options)
    {
        _analyses = analyses;
        _prototypes = prototypes;
        _zeroShot = zeroShot;
        _options = options;
        _context = analyses.ToDictionary(a => a.Key, a => SentenceContext.Build(a.Value.Passages), StringComparer.Ordinal);
        _fold = analyses.Keys.Order(StringComparer.Ordinal).Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i % options.CrossFitFolds, StringComparer.Ordinal);
    }

    /// <summary>The models of every variable with labels, and the sentence model they share (null when no variable needs it).</summary>
    public (IReadOnlyList<VariableModel> Models, LinearModel? Shared) Learn(IReadOnlyDictionary<string, IReadOnlyList<VariableLabel>> labelsByVariable, CancellationToken cancellationToken)
    {
        var evidence = labelsByVariable.ToDictionary(kv => kv.Key, kv => Examples(kv.Key, kv.Value), StringComparer.Ordinal);
        var needShared = evidence.Where(kv => kv.Value.Quotes < _options.MinOwnQuotes).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        var pooled = evidence.Where(kv => kv.Value.Quotes > 0 && _prototypes.ById.ContainsKey(kv.Key)).ToArray();
        var sharedQuotes = pooled.Sum(kv => kv.Value.Quotes);
        LinearModel? shared = null;
        LinearModel?[] sharedByFold = new LinearModel?[_options.CrossFitFolds];
        if (needShared.Count > 0 && sharedQuotes >= _options.MinOwnQuotes)
        {
            var rows = pooled.SelectMany(kv =>
            {
                var description = Description(kv.Key);
                return kv.Value.Rows.Select(r => (r.Interview, Features: SentenceFeatures.Shared(r.Span, _context[r.Interview], description), r.Quoted, Ngrams: (SparseVector?)null));
            }).ToArray();
            shared = FitSentences(rows, fold: null);
            for (var f = 0; f < sharedByFold.Length; f++)
            {
                sharedByFold[f] = FitSentences(rows, f);
            }
        }
        var models = new VariableModel[labelsByVariable.Count];
        var variables = labelsByVariable.Keys.Order(StringComparer.Ordinal).ToArray();
        Parallel.For(0, variables.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, i =>
        {
            var id = variables[i];
            models[i] = Learn(id, labelsByVariable[id], evidence[id], shared is null ? null : sharedByFold);
        });
        return (models, needShared.Count > 0 ? shared : null);
    }

    private VariableModel Learn(string variableId, IReadOnlyList<VariableLabel> labels, SentenceExamples evidence, LinearModel?[]? sharedByFold)
    {
        var scored = labels.Where(l => l.Score.Value is not null && _analyses.ContainsKey(l.InterviewId) && Mentions(l.InterviewId, variableId) is not null).ToArray();
        var levels = scored.Select(l => l.Score.Value!.Value).Distinct().Order().ToArray();
        var baseRates = levels.Select(level => scored.Count(l => l.Score.Value == level) / (double)Math.Max(1, scored.Length)).ToArray();
        var missing = labels.Count(l => l.Score.Value is null);

        SentenceSource source;
        LinearModel? own = null;
        LinearModel?[] ownByFold = new LinearModel?[_options.CrossFitFolds];
        if (evidence.Quotes >= _options.MinOwnQuotes)
        {
            source = SentenceSource.Own;
            var rows = evidence.Rows.Select(r => (r.Interview, Features: SentenceFeatures.Own(r.Span, _context[r.Interview]), r.Quoted, Ngrams: _options.SentenceNgrams ? _context[r.Interview].Ngrams(r.Span.Passage, r.Span.Span) : null)).ToArray();
            own = FitSentences(rows, fold: null);
            for (var f = 0; f < ownByFold.Length; f++)
            {
                ownByFold[f] = FitSentences(rows, f);
            }
        }
        else
        {
            source = sharedByFold is not null && _prototypes.ById.ContainsKey(variableId) ? SentenceSource.Shared : SentenceSource.ZeroShot;
        }
        var description = source == SentenceSource.Shared ? Description(variableId) : null;

        var model = new VariableModel
        {
            VariableId = variableId,
            Kind = VariableModelKind.ZeroShot,
            Sentences = source,
            SentenceModel = own,
            Levels = levels,
            BaseRates = baseRates,
            Interviews = scored.Length,
            MissingCodes = missing,
            QuotedSentences = evidence.Quotes,
        };

        // Evidence probabilities of every labelled interview's sentences, each from models that did not see its quotes.
        var probabilities = labels.Where(l => _analyses.ContainsKey(l.InterviewId) && Mentions(l.InterviewId, variableId) is not null)
            .ToDictionary(l => l.InterviewId, l =>
            {
                var f = _fold[l.InterviewId];
                return SentenceScoring.Probabilities(Mentions(l.InterviewId, variableId)!, _context[l.InterviewId], source, ownByFold[f], sharedByFold?[f], description);
            }, StringComparer.Ordinal);

        LinearModel? missingModel = null;
        if (missing >= _options.MinMissing && scored.Length >= _options.MinMissing)
        {
            var rows = labels.Where(l => probabilities.ContainsKey(l.InterviewId)).ToArray();
            var x = rows.Select(l => InterviewFeatures.Compute(Mentions(l.InterviewId, variableId)!, probabilities[l.InterviewId], FeatureSet.Evidence, _zeroShot)).ToArray();
            var y = rows.Select(l => l.Score.Value is null).ToArray();
            missingModel = LogisticTrainer.Fit(x, y, ScaleModel.Balanced(y), _options.L2, _options.Seed);
        }

        if (levels.Length < 2 || scored.Length < _options.MinInterviews)
        {
            return model with { Missing = missingModel };
        }
        var labelsOf = scored.Select(l => l.Score.Value!.Value).ToArray();
        // The pooled sentence vectors beside the evidence features: measured better on every development variable
        // (docs/classifier.md), but a few hundred weights cannot be estimated from a small study's codes.
        var chosen = scored.Length >= 4 * _options.MinInterviews ? FeatureSet.EvidenceAndText : FeatureSet.Evidence;
        var features = scored.Select(l => InterviewFeatures.Compute(Mentions(l.InterviewId, variableId)!, probabilities[l.InterviewId], chosen, _zeroShot)).ToArray();
        if (chosen == FeatureSet.Evidence)
        {
            // A small study: a model learned from a handful of interviews can do worse than the codebook alone, so the
            // two are compared on the training interviews, cross-validated, and the zero-shot reading kept when it
            // agrees with the coder at least as well.
            var (learned, zeroShot) = CompareWithZeroShot(features, labelsOf, levels, scored.Select(l => _fold[l.InterviewId]).ToArray());
            if (zeroShot >= learned)
            {
                return model with { Missing = missingModel, LearnedAgreement = learned, ZeroShotAgreement = zeroShot };
            }
        }
        return model with
        {
            Kind = VariableModelKind.Learned,
            Features = chosen,
            Scale = ScaleModel.Fit(features, labelsOf, levels, _options.L2, _options.Seed),
            Missing = missingModel,
        };
    }

    /// <summary>Cross-validated agreement (mean of macro-F1 and quadratic kappa) of a learned score model and of the zero-shot level.</summary>
    private (double Learned, double ZeroShot) CompareWithZeroShot(float[][] x, double[] labels, double[] levels, int[] folds)
    {
        var predicted = new double[labels.Length];
        for (var f = 0; f < _options.CrossFitFolds; f++)
        {
            var train = Enumerable.Range(0, labels.Length).Where(i => folds[i] != f).ToArray();
            var trainLevels = train.Select(i => labels[i]).Distinct().Order().ToArray();
            var model = trainLevels.Length < 2 ? null : ScaleModel.Fit(train.Select(i => x[i]).ToArray(), train.Select(i => labels[i]).ToArray(), trainLevels, _options.L2, _options.Seed);
            foreach (var i in Enumerable.Range(0, labels.Length).Where(i => folds[i] == f))
            {
                predicted[i] = model?.Predict(x[i]).Value ?? (trainLevels.Length > 0 ? trainLevels[0] : levels[0]);
            }
        }
        var zero = x.Select(row => levels.MinBy(l => Math.Abs(l - row[InterviewFeatures.ZeroShotLevel]))).ToArray();
        return (Agreement(labels, predicted, levels), Agreement(labels, zero, levels));
    }

    private static double Agreement(double[] human, double[] machine, double[] levels) =>
        (Evaluation.ScoreAgreement.MacroF1(human, machine, levels) + (Evaluation.ScoreAgreement.QuadraticKappa(human, machine) ?? 0)) / 2;

    /// <summary>A sentence model from the rows outside <paramref name="fold"/> (all rows when null); with n-grams when the rows carry them.</summary>
    private LinearModel FitSentences(IReadOnlyList<(string Interview, float[] Features, bool Quoted, SparseVector? Ngrams)> rows, int? fold)
    {
        var used = fold is null ? rows : rows.Where(r => _fold[r.Interview] != fold).ToArray();
        var ngrams = rows.Count > 0 && rows[0].Ngrams is not null;
        if (used.Count == 0)
        {
            return LinearModel.Constant(rows.Count > 0 ? rows[0].Features.Length : 0, 0, ngrams ? HashedNgrams.Buckets : 0);
        }
        var y = used.Select(r => r.Quoted).ToArray();
        // Unweighted, so probabilities stay calibrated and their sum estimates how many passages are evidence
        // (balanced weights measured slightly worse on the development data).
        return LogisticTrainer.Fit(used.Select(r => r.Features).ToArray(), ngrams ? used.Select(r => r.Ngrams!).ToArray() : null, HashedNgrams.Buckets, y, null, _options.L2, _options.Seed);
    }

    private VariableMentions? Mentions(string interview, string variable) =>
        _analyses.TryGetValue(interview, out var a) && a.Mentions.TryGetValue(variable, out var m) ? m : null;

    private float[] Description(string variable) => SentenceScoring.Description(_prototypes.ById[variable]);

    /// <summary>
    /// The sentences a variable's sentence model learns from: every quoted sentence, every sentence of a quote the coder
    /// turned down (a suggestion's quote they rejected or removed - the machine's own mistakes, so the most telling
    /// negatives), and a deterministic sample of the other sentences of the interviews the coder scored. Interviews scored
    /// present without quotes give only their turned-down sentences, since which of their other sentences are evidence
    /// is unknown.
    /// </summary>
    private SentenceExamples Examples(string variableId, IReadOnlyList<VariableLabel> labels)
    {
        var rows = new List<(string Interview, ScoredSpan Span, bool Quoted)>();
        var turnedDown = new List<(string Interview, ScoredSpan Span, bool Quoted)>();
        var negatives = new List<(string Interview, ScoredSpan Span, bool Quoted)>();
        foreach (var label in labels.Where(l => l.Score.Value is not null))
        {
            if (Mentions(label.InterviewId, variableId) is not { } m)
            {
                continue;
            }
            var passages = _analyses[label.InterviewId].Passages;
            var rejected = Spans(label.Rejected ?? [], passages);
            var unquoted = label.Score.Value > 0 && label.Evidence.Count == 0;
            if (unquoted && rejected.Count == 0)
            {
                continue;
            }
            var quoted = label.Score.Value > 0 ? Spans(label.Evidence, passages) : [];
            foreach (var s in m.Ranked)
            {
                if (quoted.Contains(s.Span))
                {
                    rows.Add((label.InterviewId, s, true));
                }
                else if (rejected.Contains(s.Span))
                {
                    turnedDown.Add((label.InterviewId, s, false));
                }
                else if (!unquoted)
                {
                    negatives.Add((label.InterviewId, s, false));
                }
            }
        }
        var quotes = rows.Count;
        var keep = Math.Max(_options.NegativesPerQuote * Math.Max(quotes, 50), 1);
        if (negatives.Count > keep)
        {
            // Every k-th, in a fixed order: the same codes give the same sample, so training is reproducible.
            var step = negatives.Count / (double)keep;
            negatives = Enumerable.Range(0, keep).Select(i => negatives[(int)(i * step)]).ToList();
        }
        rows.AddRange(turnedDown);
        rows.AddRange(negatives);
        return new SentenceExamples(rows, quotes);
    }

    /// <summary>The sentences the quotes cover, by reference: a quote marks its place, not every sentence with its words.</summary>
    private static HashSet<EmbeddedSpan> Spans(IEnumerable<EvidenceQuote> quotes, IReadOnlyList<PassageVectors> passages) =>
        new(quotes.SelectMany(q => EvidenceLocator.Spans(q, passages)).Select(x => x.Span), ReferenceEqualityComparer.Instance);
}
