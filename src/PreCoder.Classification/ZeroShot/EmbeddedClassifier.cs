using PreCoder.Classification.Calibration;
using PreCoder.Classification.Classifiers;
using PreCoder.Classification.Embeddings;
using PreCoder.Classification.PassageLevel;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;
using PreCoder.Core.Passages;
using PreCoder.Core.Suggestions;

namespace PreCoder.Classification.ZeroShot;

/// <summary>
/// The default classifier: scores every variable from the codebook alone, with local sentence embeddings. Each span is
/// compared to the variable's prototype, read relative to the study's own similarity distribution
/// (<see cref="SimilarityReference"/>), and the level comes from <see cref="ImportanceRules"/>. Evidence is the best
/// spans, quoted verbatim.
/// </summary>
public sealed class EmbeddedClassifier : IClassifier
{
    public const string ClassifierName = "embedded";

    /// <summary>Bumped whenever the rules change, so earlier suggestions are recognisably from other rules.</summary>
    public const string RulesVersion = "zs1";

    private readonly IPassageEncoder _encoder;
    private readonly Codebook _codebook;
    private readonly ZeroShotOptions _options;
    private readonly IConfidenceCalibrator _calibrator;
    private readonly TimeProvider _time;
    private readonly IReadOnlyList<NominalPassageTagger> _taggers;

    public EmbeddedClassifier(
        IPassageEncoder encoder,
        Codebook codebook,
        PrototypeSet prototypes,
        SimilarityReference reference,
        IReadOnlyList<NominalPassageTagger> taggers,
        ZeroShotOptions options,
        IConfidenceCalibrator? calibrator = null,
        TimeProvider? time = null)
    {
        options.Validate();
        _encoder = encoder;
        _codebook = codebook;
        Prototypes = prototypes;
        Reference = reference;
        _taggers = taggers;
        _options = options;
        _calibrator = calibrator ?? IdentityCalibrator.Instance;
        _time = time ?? TimeProvider.System;
        ModelVersion = $"{encoder.Name}/{RulesVersion}";
    }

    public string Name => ClassifierName;

    public string ModelVersion { get; }

    public PrototypeSet Prototypes { get; }

    public SimilarityReference Reference { get; }

    /// <summary>
    /// Builds the classifier for a study: embeds the codebook's texts and every passage of the study (served from the
    /// cache when the encoder has one), and measures the study's similarity distribution.
    /// </summary>
    public static EmbeddedClassifier Create(
        IPassageEncoder encoder,
        Codebook codebook,
        IReadOnlyList<Passage> studyPassages,
        ZeroShotOptions options,
        IConfidenceCalibrator? calibrator = null,
        TimeProvider? time = null,
        CancellationToken cancellationToken = default)
    {
        var prototypes = PrototypeSet.Build(codebook, encoder, cancellationToken);
        var taggers = codebook.Variables.Where(NominalPassageTagger.Applies).Select(v => NominalPassageTagger.Build(v, encoder, cancellationToken)).ToArray();
        var vectors = encoder.Encode(studyPassages.Where(p => IsRead(codebook, taggers, p)).ToArray(), cancellationToken);
        var reference = SimilarityReference.Build(prototypes, vectors);
        return new EmbeddedClassifier(encoder, codebook, prototypes, reference, taggers, options, calibrator, time);
    }

    public IPassageEncoder Encoder => _encoder;

    public ZeroShotOptions Options => _options;

    public Codebook Codebook => _codebook;

    /// <summary>Embeds an interview and scores every scorable variable that applies to it: the zero-shot reading, also the trained classifier's features.</summary>
    public InterviewAnalysis Analyse(InterviewCase interview, CancellationToken cancellationToken)
    {
        var passages = _encoder.Encode(interview.Passages.Where(p => IsRead(_codebook, _taggers, p)).ToArray(), cancellationToken);
        // Every span against every prototype once; the competition and each variable's mentions read the same cells.
        var matrix = SimilarityMatrix.Build(Prototypes.Columns, Reference, passages);
        var competition = SpanCompetition.Build(matrix);
        var attributes = interview.Attributes ?? new Dictionary<string, string>();
        var mentions = new Dictionary<string, VariableMentions>(StringComparer.Ordinal);
        var unread = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in _codebook.Variables)
        {
            if (v.AppliesToAttributes(attributes) && Prototypes.ColumnById.TryGetValue(v.Id, out var column))
            {
                var m = VariableMentions.Analyse(matrix, column, _options, competition);
                if (m.Ranked.Count > 0)
                {
                    mentions[v.Id] = m;
                }
                else if (v.Unit == CodingUnit.Interview)
                {
                    unread.Add(v.Id);
                }
            }
        }
        return new InterviewAnalysis(passages, mentions, unread);
    }

    public Task<IReadOnlyList<Suggestion>> ClassifyAsync(InterviewCase interview, CancellationToken cancellationToken)
    {
        var analysis = Analyse(interview, cancellationToken);
        var passages = analysis.Passages;
        var now = _time.GetUtcNow();
        var suggestions = new List<Suggestion>();
        foreach (var v in _codebook.Variables)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (analysis.Unread.Contains(v.Id))
            {
                suggestions.Add(UnreadSuggestion.Create(this, interview, v, now));
                continue;
            }
            if (!analysis.Mentions.TryGetValue(v.Id, out var mentions))
            {
                continue;
            }
            if (v.Unit == CodingUnit.Passage)
            {
                suggestions.AddRange(TagPassages(interview, mentions, now));
                continue;
            }
            var (level, rationale) = ImportanceRules.Decide(mentions, _options);
            var evidence = level > 0 ? mentions.Mentions.Take(_options.MaxQuotes).Select(EvidenceQuotes.From).ToArray() : [];
            suggestions.Add(Make(interview, null, v, level, RawConfidence(mentions), evidence, rationale, now));
        }
        foreach (var tagger in _taggers)
        {
            for (var i = 0; i < passages.Count; i++)
            {
                if (!RoleMatch.Accepts(tagger.Variable.Role, passages[i].Passage.Role))
                {
                    continue;
                }
                var (category, confidence, span) = tagger.Tag(passages, i);
                if (category < 0)
                {
                    continue;
                }
                var quote = span is null ? [] : new[] { EvidenceQuotes.From(new ScoredSpan(passages[i], span, 0, 0)) };
                var label = tagger.Variable.Scale.Categories[category];
                suggestions.Add(Make(interview, passages[i].Passage.Id, tagger.Variable, category, confidence, quote, $"closest category '{label}' reading the passage with the turn before it", now));
            }
        }
        return Task.FromResult<IReadOnlyList<Suggestion>>(suggestions);
    }

    /// <summary>
    /// True when some variable reads passages of this speaker role. Passages nobody reads (the interviewer's questions
    /// in a study with interviewee variables only) are not embedded at all; with a passage-level variable every passage
    /// is, since each is read with the turn before it.
    /// </summary>
    internal static bool IsRead(Codebook codebook, IReadOnlyList<NominalPassageTagger> taggers, Passage passage) =>
        taggers.Count > 0 || codebook.Variables.Any(v => v.Unit == CodingUnit.Passage || (PrototypeSet.IsScorable(v) && RoleMatch.Accepts(v.Role, passage.Role)));

    /// <summary>
    /// Raw confidence grows with the distance of the best span from the presence bar: a score decided by a hair is
    /// uncertain either way. Calibration then turns it into a keep rate.
    /// </summary>
    public static double RawConfidence(VariableMentions m) => 1 / (1 + Math.Exp(-Math.Abs(m.BestZ - m.Bar)));

    private IEnumerable<Suggestion> TagPassages(InterviewCase interview, VariableMentions mentions, DateTimeOffset now)
    {
        // Passage-level presence: every passage whose best span clears the interview's presence bar.
        var top = (int)(mentions.Variable.Scale.Max ?? 1);
        foreach (var m in mentions.Ranked.Where(s => s.Z >= mentions.Bar).GroupBy(s => s.Passage.Passage.Id).Select(g => g.First()))
        {
            var reason = CueWords.HasReason(m.Text);
            var strong = m.Z >= mentions.Bar + _options.StrongMargin;
            var level = Math.Min(top, 1 + (reason ? 1 : 0) + (strong ? 1 : 0));
            var raw = 1 / (1 + Math.Exp(-(m.Z - mentions.Bar)));
            yield return Make(interview, m.Passage.Passage.Id, mentions.Variable, level, raw, [EvidenceQuotes.From(m)],
                $"passage rises {m.Z:0.0} SD above typical (bar {mentions.Bar:0.0}){(reason ? "; given as a reason" : "")}{(strong ? "; strong" : "")}", now);
        }
    }

    internal Suggestion Make(InterviewCase interview, string? passageId, Variable v, double value, double raw, IReadOnlyList<EvidenceQuote> evidence, string rationale, DateTimeOffset now) =>
        MachineSuggestion.Create(this, interview, passageId, v.Id, value, _calibrator.Calibrate(raw), evidence, rationale, now);
}
