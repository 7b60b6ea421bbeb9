namespace PreCoder.Classification.Trained;

/// <summary>A learned passage-level variable in a trained model's metadata: where its ML.NET zip is and what it learned from.</summary>
/// <param name="File">The zip's file name, next to the main model's zip.</param>
/// <param name="Labels">The codes the coder used for this variable, as text.</param>
public sealed record PassageModelInfo(string VariableId, string File, int Dimensions, IReadOnlyList<string> Labels, int TrainingPassages);
