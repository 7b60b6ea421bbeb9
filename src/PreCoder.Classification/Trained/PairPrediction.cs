using Microsoft.ML.Data;

namespace PreCoder.Classification.Trained;

public sealed class PairPrediction
{
    [ColumnName("Score")]
    public float Score { get; set; }
}
