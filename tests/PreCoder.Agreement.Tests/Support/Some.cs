using CsCheck;

namespace PreCoder.Agreement.Tests.Support;

/// <summary>Test-data factory: synthetic Likert 0-3 matrices where coders copy a hidden true score with noise.</summary>
internal static class Some
{
    /// <summary>Generates small matrices (3-40 units, 2-5 coders, up to 30% noise, up to 15% missing).</summary>
    public static readonly Gen<RatingMatrix> LikertMatrix =
        Gen.Select(Gen.Int[3, 40], Gen.Int[2, 5], Gen.Int, Gen.Double[0, 0.3], Gen.Double[0, 0.15])
           .Select((units, coders, seed, noise, missing) => Likert(units, coders, seed, noise, missing));

    /// <summary>Generates "ordinary" data for interval checks: 60-150 units, 3-4 coders, realistic agreement.</summary>
    public static readonly Gen<RatingMatrix> OrdinaryLikertMatrix =
        Gen.Select(Gen.Int[60, 150], Gen.Int[3, 4], Gen.Int)
           .Select((units, coders, seed) => Likert(units, coders, seed, noise: 0.25, missing: 0.05));

    /// <summary>A permutation of 0..n-1 drawn from <paramref name="seed"/>.</summary>
    public static int[] Permutation(int n, int seed)
    {
        var p = Enumerable.Range(0, n).ToArray();
        new Random(seed).Shuffle(p);
        return p;
    }

    /// <summary>Builds a units x coders Likert 0-3 matrix; each coder keeps the unit's true score unless noise strikes.</summary>
    public static RatingMatrix Likert(int units, int coders, int seed, double noise = 0.2, double missing = 0.05)
    {
        var random = new Random(seed);
        var rows = new List<double[]>(units);
        for (var u = 0; u < units; u++)
        {
            var truth = random.Next(4);
            var row = new double[coders];
            for (var c = 0; c < coders; c++)
            {
                row[c] = random.NextDouble() < missing ? double.NaN
                    : random.NextDouble() < noise ? Math.Clamp(truth + (random.Next(2) == 0 ? -1 : 1), 0, 3)
                    : truth;
            }

            rows.Add(row);
        }

        return RatingMatrix.FromRows(rows);
    }

    public static RatingMatrix Rows(params double[][] rows) => RatingMatrix.FromRows(rows);

    public static RatingMatrix PermuteCoders(RatingMatrix m, int[] permutation) => m.SelectCoders(permutation);

    public static RatingMatrix PermuteUnits(RatingMatrix m, int[] permutation) =>
        RatingMatrix.FromRows(permutation.Select(u => m.Row(u).ToArray()).ToList());

    /// <summary>Appends one unit that only <paramref name="coder"/> scored.</summary>
    public static RatingMatrix WithLoneRating(RatingMatrix m, int coder, double value)
    {
        var rows = Enumerable.Range(0, m.Units).Select(u => m.Row(u).ToArray()).ToList();
        var lone = Enumerable.Repeat(double.NaN, m.Coders).ToArray();
        lone[coder] = value;
        rows.Add(lone);
        return RatingMatrix.FromRows(rows);
    }

    /// <summary>True when both are NaN or they differ by at most <paramref name="tolerance"/>.</summary>
    public static bool Same(double a, double b, double tolerance = 1e-9) =>
        (double.IsNaN(a) && double.IsNaN(b)) || Math.Abs(a - b) <= tolerance;
}
