using Microsoft.ML;
using Microsoft.ML.Data;

namespace PreCoder.Classification.Trained;

/// <summary>
/// A learned passage-level variable: an ML.NET multiclass maximum-entropy model over <see cref="PassageFeatures"/>
/// that proposes the code a coder would give a passage, with its probability.
/// </summary>
public sealed class PassageTagModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly PredictionEngine<PassageRow, PassagePrediction> _engine;

    public PassageTagModel(MLContext ml, ITransformer model, PassageModelInfo info)
    {
        _ml = ml;
        _model = model;
        Info = info;
        _engine = ml.Model.CreatePredictionEngine<PassageRow, PassagePrediction>(model, inputSchemaDefinition: Schema(info.Dimensions));
    }

    public PassageModelInfo Info { get; }

    /// <summary>The schema of <see cref="PassageRow"/> with the feature length of this encoder.</summary>
    public static SchemaDefinition Schema(int dimensions)
    {
        var schema = SchemaDefinition.Create(typeof(PassageRow));
        schema[nameof(PassageRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, PassageFeatures.Count(dimensions));
        return schema;
    }

    /// <summary>The most probable code and its probability.</summary>
    public (string Label, double Probability) Predict(VBuffer<float> features)
    {
        // The engine keeps per-call buffers, and classifiers may be asked from several threads.
        lock (_engine)
        {
            var prediction = _engine.Predict(new PassageRow { Features = features });
            return (prediction.PredictedLabel, prediction.Score.Length == 0 ? 0 : prediction.Score.Max());
        }
    }

    public void Save(string path)
    {
        using var stream = File.Create(path);
        _ml.Model.Save(_model, null, stream);
    }
}
