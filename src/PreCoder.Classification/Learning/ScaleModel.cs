namespace PreCoder.Classification.Learning;

/// <summary>
/// An ordinal score as a chain of "score is at least level k" logistic models (cumulative binary models), so the
/// order of the scale is used: a 3 is also evidence for "at least 1". Each is trained with balanced class weights, so
/// "at least k" is predicted when it is more likely than its base rate would make it, which keeps rare levels from
/// never being proposed.
/// </summary>
public sealed record ScaleModel(double[] Levels, LinearModel[] AtLeast)
{
    /// <summary>The probability of each level, from the monotone chain of "at least" probabilities.</summary>
    public double[] LevelProbabilities(ReadOnlySpan<float> features)
    {
        var atLeast = new double[Levels.Length + 1];
        atLeast[0] = 1;
        for (var k = 1; k < Levels.Length; k++)
        {
            // "At least k" can never be likelier than "at least k-1"; separately fitted models may disagree slightly.
            atLeast[k] = Math.Min(atLeast[k - 1], AtLeast[k - 1].Probability(features));
        }
        var levels = new double[Levels.Length];
        for (var k = 0; k < Levels.Length; k++)
        {
            levels[k] = atLeast[k] - atLeast[k + 1];
        }
        return levels;
    }

    /// <summary>The proposed level (the highest k whose "at least k" clears one half) and the probability of that level.</summary>
    public (double Value, double Probability, double[] Levels) Predict(ReadOnlySpan<float> features)
    {
        var probabilities = LevelProbabilities(features);
        var k = 0;
        var cumulative = 1.0;
        for (var i = 1; i < Levels.Length; i++)
        {
            cumulative -= probabilities[i - 1];
            if (cumulative < 0.5)
            {
                break;
            }
            k = i;
        }
        return (Levels[k], probabilities[k], probabilities);
    }

    /// <summary>Fits the chain on examples with their observed levels; <paramref name="levels"/> are the scale's levels seen in training, ascending.</summary>
    public static ScaleModel Fit(IReadOnlyList<float[]> features, IReadOnlyList<double> labels, double[] levels, float l2, int seed)
    {
        var models = new LinearModel[levels.Length - 1];
        for (var k = 1; k < levels.Length; k++)
        {
            var threshold = levels[k];
            var y = labels.Select(l => l >= threshold).ToArray();
            models[k - 1] = LogisticTrainer.Fit(features, y, Balanced(y), l2, seed);
        }
        return new ScaleModel(levels, models);
    }

    /// <summary>Weights that give both outcomes the same total weight.</summary>
    public static float[] Balanced(IReadOnlyList<bool> labels)
    {
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return Enumerable.Repeat(1f, labels.Count).ToArray();
        }
        var wp = labels.Count / (2f * positives);
        var wn = labels.Count / (2f * negatives);
        return labels.Select(l => l ? wp : wn).ToArray();
    }
}
