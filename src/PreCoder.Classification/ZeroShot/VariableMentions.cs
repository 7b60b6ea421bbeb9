using PreCoder.Classification.Embeddings;
using PreCoder.Core.Codebooks;

namespace PreCoder.Classification.ZeroShot;

/// <summary>
/// Where and how one variable comes up in one interview: every span of the variable's speaker role ranked by how far
/// it rises above the study's typical similarity, the presence bar for an interview of this length, and the mentions.
/// </summary>
public sealed class VariableMentions
{
    private VariableMentions(Variable variable, IReadOnlyList<ScoredSpan> ranked, double bar, ZeroShotOptions options, SpanCompetition competition)
    {
        Variable = variable;
        Ranked = ranked;
        Bar = bar;
        // Only spans that are mostly about this variable (not about another one) can make it present or count as mentions.
        var own = ranked.Where(s => competition.Counts(s.Span, s.Z, options.CompetitionMargin)).ToArray();
        BestZ = own.Length > 0 ? own[0].Z : double.NegativeInfinity;
        // One mention per passage: a passage that talks about the topic in three sentences is one mention, not three.
        Mentions = own.Where(s => s.Z >= bar - options.MentionSlack).GroupBy(s => s.Passage.Passage.Id).Select(g => g.First()).ToArray();
        Strong = BestZ >= bar + options.StrongMargin;
        ReasonSpan = Present ? Mentions.FirstOrDefault(m => CueWords.HasReason(m.Text)) : null;
        TiedToDecision = Present && Mentions.Any(m => CueWords.HasDecision(m.Text));
    }

    public Variable Variable { get; }

    /// <summary>Every span of the role, best first (including spans that are more about other variables).</summary>
    public IReadOnlyList<ScoredSpan> Ranked { get; }

    /// <summary>The presence bar in study standard deviations: the chance maximum for this many spans plus the margin.</summary>
    public double Bar { get; }

    /// <summary>The best z of a span that is mostly about this variable; negative infinity when there is none.</summary>
    public double BestZ { get; }

    public bool Present => BestZ >= Bar;

    /// <summary>The best span of each passage that comes close to the bar, best first.</summary>
    public IReadOnlyList<ScoredSpan> Mentions { get; }

    public bool Strong { get; }

    /// <summary>The first mention the speaker phrases as a reason ("because", "that is why"...), if any.</summary>
    public ScoredSpan? ReasonSpan { get; }

    public bool TiedToDecision { get; }

    /// <summary>Scores every span of <paramref name="passages"/> that the variable's role accepts.</summary>
    public static VariableMentions Analyse(
        VariablePrototype prototype,
        SimilarityReference reference,
        IReadOnlyList<PassageVectors> passages,
        ZeroShotOptions options,
        SpanCompetition? competition = null)
    {
        var id = prototype.Variable.Id;
        var spans = new List<ScoredSpan>();
        foreach (var p in passages)
        {
            if (!RoleMatch.Accepts(prototype.Variable.Role, p.Passage.Role))
            {
                continue;
            }
            foreach (var s in p.Spans)
            {
                var sim = prototype.Similarity(s.Vector);
                spans.Add(new ScoredSpan(p, s, sim, reference.Z(id, sim)));
            }
        }
        var ranked = spans.OrderByDescending(s => s.Z).ThenBy(s => s.Passage.Passage.Index).ThenBy(s => s.Span.Start).ToArray();
        return new VariableMentions(prototype.Variable, ranked, ChanceMaximum(spans.Count) + options.PresenceMargin, options, competition ?? SpanCompetition.None);
    }

    /// <summary>About how many standard deviations the best of <paramref name="n"/> unrelated normal draws reaches: sqrt(2 ln n).</summary>
    public static double ChanceMaximum(int n) => n < 2 ? 0 : Math.Sqrt(2 * Math.Log(n));
}
