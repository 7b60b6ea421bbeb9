using Microsoft.ML.Data;

namespace PreCoder.Classification.Trained;

public sealed class PassagePrediction
{
    [ColumnName("PredictedLabel")]
    public string PredictedLabel { get; set; } = "";

    /// <summary>One probability per label, in the order of the model's label key values.</summary>
    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}
