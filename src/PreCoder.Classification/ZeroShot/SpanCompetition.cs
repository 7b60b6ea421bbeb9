namespace PreCoder.Classification.ZeroShot;

/// <summary>
/// Which variables a span is mostly about. Against a background of small talk, every sentence that gives any reason for
/// joining stands out for every motivation at once; a span therefore counts for a variable only when that variable is
/// among the ones it is most about: within <see cref="ZeroShotOptions.CompetitionMargin"/> standard deviations of the
/// variable the span scores highest on. Related variables (money and employment) can share a span; unrelated ones cannot.
/// </summary>
public sealed class SpanCompetition
{
    /// <summary>Each row's best z over every variable that reads it; null when nobody competes.</summary>
    private readonly double[]? _bestZByRow;

    private SpanCompetition(double[]? bestZByRow) => _bestZByRow = bestZByRow;

    /// <summary>Nobody competes: every span counts for every variable (used when a single variable is scored).</summary>
    public static SpanCompetition None { get; } = new(null);

    /// <summary>The competition among all the matrix's variables, for each of its rows.</summary>
    public static SpanCompetition Build(SimilarityMatrix matrix)
    {
        var best = new double[matrix.RowCount];
        for (var row = 0; row < best.Length; row++)
        {
            best[row] = BestZ(matrix, row);
        }
        return new SpanCompetition(best);
    }

    /// <summary>True when the span in this row, with this z for a variable, is close enough to its best variable to count for it.</summary>
    public bool Counts(int row, double z, double margin) => _bestZByRow is null || z >= _bestZByRow[row] - margin;

    /// <summary>Negative infinity when no variable reads the row, so that it counts for any variable asked about it.</summary>
    private static double BestZ(SimilarityMatrix matrix, int row)
    {
        var max = double.NegativeInfinity;
        for (var column = 0; column < matrix.Columns.Count; column++)
        {
            if (matrix.Reads(row, column))
            {
                max = Math.Max(max, matrix.Z(row, column));
            }
        }
        return max;
    }
}
