using PreCoder.Agreement;

namespace PreCoder.Benchmarks;

/// <summary>
/// Synthetic data at seed-study scale: 288 variables x 220 units x 4 coders (3 humans + machine), Likert 0-3,
/// ~5% missing. Each unit has a hidden true score; coders copy it and with some probability are off by one
/// (humans 20%, the machine 30%), which gives ordinal alphas around 0.8, as trained human coders reach.
/// </summary>
public static class SeedStudyData
{
    public const int Variables = 288;
    public const int Units = 220;
    public const int Coders = 4;
    public const double Missing = 0.05;

    public static RatingMatrix[] Create(int seed = 2026)
    {
        var random = new Random(seed);
        var variables = new RatingMatrix[Variables];
        var rows = new double[Units][];
        for (var v = 0; v < Variables; v++)
        {
            for (var u = 0; u < Units; u++)
            {
                // Skewed prevalence: most utterances do not show most codes, as in real codebooks.
                var truth = random.NextDouble() switch { < 0.45 => 0, < 0.70 => 1, < 0.88 => 2, _ => 3 };
                var row = new double[Coders];
                for (var c = 0; c < Coders; c++)
                {
                    var noise = c == Coders - 1 ? 0.30 : 0.20;
                    row[c] = random.NextDouble() < Missing ? double.NaN
                        : random.NextDouble() < noise ? Math.Clamp(truth + (random.Next(2) == 0 ? -1 : 1), 0, 3)
                        : truth;
                }

                rows[u] = row;
            }

            variables[v] = RatingMatrix.FromRows(rows);
        }

        return variables;
    }
}
