using PreCoder.Classification.Embeddings;
using PreCoder.Core.Codebooks;

namespace PreCoder.Classification.ZeroShot;

/// <summary>
/// Where and how one variable comes up in one interview: every span of the variable's speaker role ranked by how far
/// it rises above the study's typical similarity, the presence bar for an interview of this length, and the mentions.
/// </summary>
public sealed class VariableMentions
{
    /// <param name="own">The ranked spans that are mostly about this variable (see <see cref="SpanCompetition"/>), best first.</param>
    private VariableMentions(Variable variable, IReadOnlyList<ScoredSpan> ranked, IReadOnlyList<ScoredSpan> own, double bar, ZeroShotOptions options)
    {
        Variable = variable;
        Ranked = ranked;
        Bar = bar;
        // Only spans that are mostly about this variable (not about another one) can make it present or count as mentions.
        BestZ = own.Count > 0 ? own[0].Z : double.NegativeInfinity;
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

    /// <summary>Scores every span of <paramref name="passages"/> that the variable's role accepts, with no competition from other variables.</summary>
    public static VariableMentions Analyse(
        VariablePrototype prototype,
        SimilarityReference reference,
        IReadOnlyList<PassageVectors> passages,
        ZeroShotOptions options) =>
        Analyse(SimilarityMatrix.Build([prototype], reference, passages), 0, options, SpanCompetition.None);

    /// <summary>Reads one column of the interview's <paramref name="matrix"/>: every span the column's variable reads, ranked.</summary>
    public static VariableMentions Analyse(SimilarityMatrix matrix, int column, ZeroShotOptions options, SpanCompetition competition)
    {
        var rows = RankedRows(matrix, column);
        var ranked = new ScoredSpan[rows.Length];
        var own = new List<ScoredSpan>();
        for (var i = 0; i < rows.Length; i++)
        {
            ranked[i] = matrix.Scored(rows[i], column);
            if (competition.Counts(rows[i], ranked[i].Z, options.CompetitionMargin))
            {
                own.Add(ranked[i]);
            }
        }
        var bar = ChanceMaximum(rows.Length) + options.PresenceMargin;
        return new VariableMentions(matrix.Columns[column].Variable, ranked, own, bar, options);
    }

    /// <summary>The rows the column's variable reads, by z (highest first), then in reading order (passage, then span start).</summary>
    private static int[] RankedRows(SimilarityMatrix matrix, int column)
    {
        var ranks = new List<SpanRank>(matrix.RowCount);
        for (var row = 0; row < matrix.RowCount; row++)
        {
            if (matrix.Reads(row, column))
            {
                ranks.Add(new SpanRank(matrix.Z(row, column), matrix.ReadingOrder(row), row));
            }
        }
        ranks.Sort();
        return ranks.Select(r => r.Row).ToArray();
    }

    /// <summary>About how many standard deviations the best of <paramref name="n"/> unrelated normal draws reaches: sqrt(2 ln n).</summary>
    public static double ChanceMaximum(int n) => n < 2 ? 0 : Math.Sqrt(2 * Math.Log(n));
}
