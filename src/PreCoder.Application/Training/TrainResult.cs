using PreCoder.Classification.Calibration;
using PreCoder.Classification.Trained;

namespace PreCoder.Application.Training;

/// <summary>The saved model: where, its metadata (with cross-validated scores when folds were run), and whether this run trained it.</summary>
public sealed record TrainResult(string Path, TrainedModelMetadata Metadata, CrossValidatedScores? Scores, bool Trained);
