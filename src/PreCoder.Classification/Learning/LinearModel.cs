namespace PreCoder.Classification.Learning;

/// <summary>
/// A logistic model as it is kept and applied: dense features are standardised with the training means and scales,
/// sparse features (hashed n-grams, already normalised) are read as they are, then everything is weighted and
/// squashed. Trained by <see cref="LogisticTrainer"/> with ML.NET; applying it is a dot product, so hundreds of
/// variables' models load instantly from JSON and score an interview without an ML.NET pipeline each.
/// </summary>
/// <param name="Means">Per dense feature.</param>
/// <param name="Weights">The dense features' weights, then <paramref name="SparseWidth"/> sparse features' weights.</param>
public sealed record LinearModel(float[] Means, float[] Scales, float[] Weights, float Bias, int SparseWidth = 0)
{
    // A reference, not a nullable tuple: models are shared by the threads that learn variables in parallel, and a
    // nullable struct can be read half-written (HasValue set, weights still null), which once crashed evaluate.
    private Tuple<float[], double>? _folded;

    public int DenseWidth => Weights.Length - SparseWidth;

    /// <summary>The probability of the positive class, for a model without sparse features.</summary>
    public double Probability(ReadOnlySpan<float> features) => Probability(features, null);

    public double Probability(ReadOnlySpan<float> dense, SparseVector? sparse)
    {
        if (dense.Length != DenseWidth)
        {
            throw new ArgumentException($"the model reads {DenseWidth} dense features, got {dense.Length}", nameof(dense));
        }
        // Standardisation folded into the weights once: scoring every sentence of a study is then one dot product each.
        var (w, b) = Folded();
        var z = b + System.Numerics.Tensors.TensorPrimitives.Dot(w.AsSpan(0, DenseWidth), dense);
        if (sparse is not null && SparseWidth > 0)
        {
            z += sparse.Dot(w.AsSpan(DenseWidth));
        }
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>The weights and bias with standardisation folded in: the probability is the sigmoid of bias plus weights times raw features.</summary>
    public (float[] Weights, double Bias) Folded()
    {
        var folded = Volatile.Read(ref _folded);
        if (folded is null)
        {
            folded = Fold();
            Volatile.Write(ref _folded, folded);
        }
        return (folded.Item1, folded.Item2);
    }

    private Tuple<float[], double> Fold()
    {
        var w = (float[])Weights.Clone();
        double b = Bias;
        for (var i = 0; i < DenseWidth; i++)
        {
            w[i] = Weights[i] / Scales[i];
            b -= (double)w[i] * Means[i];
        }
        return Tuple.Create(w, b);
    }

    /// <summary>A model that always answers <paramref name="probability"/>: the base rate where only one outcome was seen.</summary>
    public static LinearModel Constant(int features, double probability, int sparseWidth = 0)
    {
        var p = Math.Clamp(probability, 1e-4, 1 - 1e-4);
        return new LinearModel(new float[features], Enumerable.Repeat(1f, features).ToArray(), new float[features + sparseWidth], (float)Math.Log(p / (1 - p)), sparseWidth);
    }
}
