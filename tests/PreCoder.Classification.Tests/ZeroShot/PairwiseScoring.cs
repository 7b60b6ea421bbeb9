using PreCoder.Classification.Embeddings;
using PreCoder.Classification.ZeroShot;

namespace PreCoder.Classification.Tests.ZeroShot;

/// <summary>
/// Test oracle: the zero-shot scoring as it was written before the similarity matrix, one (span, variable) pair at a
/// time. The classifier must rank and filter exactly as this does.
/// </summary>
internal static class PairwiseScoring
{
    /// <summary>Each span's best z over every variable whose role reads it (negative infinity when none does).</summary>
    public static Dictionary<EmbeddedSpan, double> BestZ(PrototypeSet prototypes, SimilarityReference reference, IReadOnlyList<PassageVectors> passages)
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
        return best;
    }

    /// <summary>Every span the variable reads, by z, then passage index, then span start; and those that win the competition.</summary>
    public static (ScoredSpan[] Ranked, ScoredSpan[] Own) Rank(
        VariablePrototype prototype, SimilarityReference reference, IReadOnlyList<PassageVectors> passages, Dictionary<EmbeddedSpan, double> bestZ, double margin)
    {
        var spans = new List<ScoredSpan>();
        foreach (var p in passages.Where(p => RoleMatch.Accepts(prototype.Variable.Role, p.Passage.Role)))
        {
            foreach (var s in p.Spans)
            {
                var similarity = prototype.Similarity(s.Vector);
                spans.Add(new ScoredSpan(p, s, similarity, reference.Z(prototype.Variable.Id, similarity)));
            }
        }
        var ranked = spans.OrderByDescending(s => s.Z).ThenBy(s => s.Passage.Passage.Index).ThenBy(s => s.Span.Start).ToArray();
        return (ranked, ranked.Where(s => s.Z >= bestZ[s.Span] - margin).ToArray());
    }
}
