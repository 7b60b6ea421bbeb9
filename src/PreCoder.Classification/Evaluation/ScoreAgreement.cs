using PreCoder.Agreement;

namespace PreCoder.Classification.Evaluation;

/// <summary>Agreement between two lists of scores of the same units, for choosing between models inside training.</summary>
public static class ScoreAgreement
{
    /// <summary>The mean over <paramref name="levels"/> that occur in either list of each level's F1.</summary>
    public static double MacroF1(IReadOnlyList<double> human, IReadOnlyList<double> machine, IReadOnlyList<double> levels)
    {
        var f1s = new List<double>();
        foreach (var level in levels)
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < human.Count; i++)
            {
                var h = human[i] == level;
                var m = machine[i] == level;
                tp += h && m ? 1 : 0;
                fp += !h && m ? 1 : 0;
                fn += h && !m ? 1 : 0;
            }
            if (tp + fp + fn == 0)
            {
                continue;
            }
            f1s.Add(2.0 * tp / ((2.0 * tp) + fp + fn));
        }
        return f1s.Count == 0 ? 0 : f1s.Average();
    }

    /// <summary>Cohen's quadratic-weighted kappa over the range of both lists; null when undefined (a single level throughout).</summary>
    public static double? QuadraticKappa(IReadOnlyList<double> human, IReadOnlyList<double> machine)
    {
        if (human.Count == 0)
        {
            return null;
        }
        var min = (int)Math.Min(human.Min(), machine.Min());
        var max = (int)Math.Max(human.Max(), machine.Max());
        if (max == min)
        {
            return null;
        }
        var matrix = RatingMatrix.FromRows(human.Select((h, i) => new[] { h, machine[i] }).ToArray());
        var kappa = CohenKappa.Compute(matrix, 0, 1, AgreementWeights.Quadratic, CategoryScale.Range(min, max)).Value;
        return double.IsFinite(kappa) ? kappa : null;
    }
}
