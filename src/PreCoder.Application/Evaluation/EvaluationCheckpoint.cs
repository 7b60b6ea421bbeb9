namespace PreCoder.Application.Evaluation;

/// <summary>A finished evaluation item's result on disk, with the input hash it was computed for.</summary>
public sealed record EvaluationCheckpoint<T>(string InputHash, T Result);
