using Microsoft.ML.Data;

namespace PreCoder.Classification.Trained;

/// <summary>One (interview, variable) example as ML.NET sees it.</summary>
public sealed class PairRow
{
    [VectorType(PairFeatures.Count)]
    public float[] Features { get; set; } = [];

    /// <summary>The coder's score (training only).</summary>
    public float Label { get; set; }
}
