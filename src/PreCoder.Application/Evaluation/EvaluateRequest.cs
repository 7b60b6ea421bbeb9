namespace PreCoder.Application.Evaluation;

/// <summary>Cross-validate a classifier against one coder in <see cref="Folds"/> folds; with <see cref="Sizes"/>, a learning curve instead.</summary>
public sealed record EvaluateRequest(string Coder, string Classifier, int Folds)
{
    /// <summary>Numbers of coded interviews to train on for a learning curve; empty for a plain comparison.</summary>
    public IReadOnlyList<int> Sizes { get; init; } = [];
}
