using System.Globalization;

namespace PreCoder.Application.Evaluation;

/// <summary>Cross-validate a classifier against one coder in <see cref="Folds"/> folds; with <see cref="Sizes"/>, a learning curve instead.</summary>
public sealed record EvaluateRequest(string Coder, string Classifier, int Folds)
{
    /// <summary>Numbers of coded interviews to train on for a learning curve; empty for a plain comparison.</summary>
    public IReadOnlyList<int> Sizes { get; init; } = [];

    /// <summary>The request as the <c>evaluate</c> stage's options (<see cref="EvaluateStageOptions"/>).</summary>
    public IReadOnlyDictionary<string, string> StageOptions()
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["coder"] = Coder,
            ["classifier"] = Classifier.ToLowerInvariant(),
            ["folds"] = Folds.ToString(CultureInfo.InvariantCulture),
        };
        if (Sizes.Count > 0)
        {
            options["learningCurve"] = string.Join(",", Sizes.Select(s => s.ToString(CultureInfo.InvariantCulture)));
        }
        return options;
    }
}
