using PreCoder.Classification.Learning;

namespace PreCoder.Classification.Trained;

/// <summary>The learned part of a trained model, stored as JSON inside its zip: every variable's models and the shared sentence model.</summary>
public sealed record LearnedWeights(IReadOnlyList<VariableModel> Variables, LinearModel? SharedSentences);
