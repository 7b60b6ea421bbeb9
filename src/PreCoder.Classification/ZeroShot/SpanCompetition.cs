using PreCoder.Classification.Embeddings;

namespace PreCoder.Classification.ZeroShot;

/// <summary>
/// Which variables a span is mostly about. Against a background of small talk, every sentence that gives any reason for
/// joining stands out for every motivation at once; a span therefore counts for a variable only when that variable is
/// among the ones it is most about: within <see cref="ZeroShotOptions.CompetitionMargin"/> standard deviations of the
/// variable the span scores highest on. Related variables (money and employment) can share a span; unrelated ones cannot.
/// </summary>
public sealed class SpanCompetition
{
    private readonly Dictionary<EmbeddedSpan, double> _best;

    private SpanCompetition(Dictionary<EmbeddedSpan, double> best) => _best = best;

    /// <summary>Nobody competes: every span counts for every variable (used when a single variable is scored).</summary>
    public static SpanCompetition None { get; } = new(new Dictionary<EmbeddedSpan, double>(ReferenceEqualityComparer.Instance));

    public static SpanCompetition Build(PrototypeSet prototypes, SimilarityReference reference, IReadOnlyList<PassageVectors> passages)
    {
        var best = new Dictionary<EmbeddedSpan, double>(ReferenceEqualityComparer.Instance);
        foreach (var p in passages)
        {
            foreach (var s in p.Spans)
            {
                var max = double.NegativeInfinity;
                foreach (var (id, prototype) in prototypes.ById)
                {
                    if (RoleMatch.Accepts(prototype.Variable.Role, p.Passage.Role))
                    {
                        max = Math.Max(max, reference.Z(id, prototype.Similarity(s.Vector)));
                    }
                }
                best[s] = max;
            }
        }
        return new SpanCompetition(best);
    }

    /// <summary>True when a span with this z for a variable is close enough to the span's best variable to count for it.</summary>
    public bool Counts(EmbeddedSpan span, double z, double margin) => !_best.TryGetValue(span, out var best) || z >= best - margin;
}
