using Microsoft.ML;
using Microsoft.ML.Data;

namespace PreCoder.Classification.Learning;

/// <summary>
/// Fits a <see cref="LinearModel"/>: ML.NET's L-BFGS logistic regression with L2 regularisation on standardised dense
/// features and optional sparse ones, with example weights. Linear models were chosen by cross-validated measurement on
/// the development data (docs/classifier.md): with tens to hundreds of coded interviews, boosted trees memorised the folds.
/// </summary>
public static class LogisticTrainer
{
    /// <param name="l2">L2 penalty; larger is smoother. ML.NET's default is 1.</param>
    public static LinearModel Fit(IReadOnlyList<float[]> features, IReadOnlyList<bool> labels, IReadOnlyList<float>? weights, float l2, int seed) =>
        Fit(features, null, 0, labels, weights, l2, seed);

    /// <param name="sparse">Per example, its sparse features (indices below <paramref name="sparseWidth"/>); null for none.</param>
    public static LinearModel Fit(IReadOnlyList<float[]> features, IReadOnlyList<SparseVector>? sparse, int sparseWidth, IReadOnlyList<bool> labels, IReadOnlyList<float>? weights, float l2, int seed)
    {
        if (features.Count == 0)
        {
            throw new ArgumentException("no examples", nameof(features));
        }
        var width = features[0].Length;
        sparseWidth = sparse is null ? 0 : sparseWidth;
        var positives = labels.Count(l => l);
        if (positives == 0 || positives == labels.Count)
        {
            return LinearModel.Constant(width, positives == 0 ? 0 : 1, sparseWidth);
        }
        var (means, scales) = Standardisation(features, width);
        var rows = new Row[features.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var s = sparse?[i] ?? SparseVector.Empty;
            var values = new float[width + s.Indices.Length];
            var indices = new int[values.Length];
            for (var j = 0; j < width; j++)
            {
                values[j] = (features[i][j] - means[j]) / scales[j];
                indices[j] = j;
            }
            for (var j = 0; j < s.Indices.Length; j++)
            {
                values[width + j] = s.Values[j];
                indices[width + j] = width + s.Indices[j];
            }
            rows[i] = new Row { Features = new VBuffer<float>(width + sparseWidth, values.Length, values, indices), Label = labels[i], Weight = weights?[i] ?? 1 };
        }
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width + sparseWidth);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new Microsoft.ML.Trainers.LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            ExampleWeightColumnName = nameof(Row.Weight),
            L2Regularization = l2,
            L1Regularization = 0,
            // Looser than ML.NET's 1e-7: agreement on the development data is the same to two decimals, and at the
            // seed study's scale training runs several times faster (docs/benchmarks/learning.md).
            OptimizationTolerance = 1e-4f,
            MaximumNumberOfIterations = 100,
            NumberOfThreads = 1,
            ShowTrainingStatistics = false,
        });
        var linear = trainer.Fit(data).Model.SubModel;
        var w = new float[width + sparseWidth];
        for (var j = 0; j < w.Length; j++)
        {
            w[j] = linear.Weights[j];
        }
        // The L-BFGS trainer's calibrator is the plain logistic link, so the raw score's sigmoid is the probability.
        return new LinearModel(means, scales, w, linear.Bias, sparseWidth);
    }

    private static (float[] Means, float[] Scales) Standardisation(IReadOnlyList<float[]> features, int width)
    {
        var means = new double[width];
        var squares = new double[width];
        foreach (var x in features)
        {
            for (var j = 0; j < width; j++)
            {
                means[j] += x[j];
                squares[j] += (double)x[j] * x[j];
            }
        }
        var n = features.Count;
        var m = new float[width];
        var s = new float[width];
        for (var j = 0; j < width; j++)
        {
            var mean = means[j] / n;
            var variance = Math.Max(0, (squares[j] / n) - (mean * mean));
            m[j] = (float)mean;
            // A constant feature keeps scale 1: standardising it would divide by zero and it carries nothing anyway.
            s[j] = variance > 1e-12 ? (float)Math.Sqrt(variance) : 1f;
        }
        return (m, s);
    }

    private sealed class Row
    {
        public VBuffer<float> Features { get; set; }

        public bool Label { get; set; }

        public float Weight { get; set; } = 1;
    }
}
