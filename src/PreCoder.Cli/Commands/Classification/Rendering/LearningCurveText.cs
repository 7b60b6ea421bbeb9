using PreCoder.Classification.Evaluation;
using static PreCoder.Cli.Commands.Classification.EvaluationText;

namespace PreCoder.Cli.Commands.Classification.Rendering;

/// <summary>The readable (Markdown) form of a <see cref="LearningCurve"/>: overall and per variable, by training size.</summary>
public static class LearningCurveText
{
    public static string Format(LearningCurve curve)
    {
        var lines = new List<string>
        {
            $"# Learning curve for {curve.Coder}",
            "",
            $"{curve.Folds}-fold cross-validation by interview over {curve.Interviews} interviews; each fold trains on a seeded sample of the given size and is tested on the same held-out interviews.",
            "",
            "| coded interviews | trained qwk | trained macro-F1 | base-rate macro-F1 | zero-shot qwk | zero-shot macro-F1 | passage macro-F1 |",
            "|---|---|---|---|---|---|---|",
        };
        foreach (var p in curve.Points)
        {
            var passage = p.Trained.PassageVariables.Select(v => v.MacroF1).DefaultIfEmpty(double.NaN).Average();
            lines.Add($"| {p.TrainingInterviews} | {N(p.Trained.Overall.QuadraticKappa)} | {N(p.Trained.Overall.MacroF1)} | {N(p.BaseRate.Overall.MacroF1)} | {N(curve.ZeroShot?.Overall.QuadraticKappa)} | {N(curve.ZeroShot?.Overall.MacroF1)} | {N(passage)} |");
        }
        var variables = curve.Points.SelectMany(p => p.Trained.Variables.Select(v => v.VariableId)).Distinct().ToArray();
        if (variables.Length > 0)
        {
            lines.Add("");
            lines.Add("Per variable, trained quadratic kappa / macro-F1:");
            lines.Add("");
            lines.Add("| variable | " + string.Join(" | ", curve.Points.Select(p => p.TrainingInterviews)) + " |");
            lines.Add("|---|" + string.Concat(curve.Points.Select(_ => "---|")));
            foreach (var id in variables)
            {
                lines.Add($"| {id} | " + string.Join(" | ", curve.Points.Select(p => p.Trained.Variables.FirstOrDefault(v => v.VariableId == id)?.Figures is { } f ? $"{N(f.QuadraticKappa)} / {N(f.MacroF1)}" : "-")) + " |");
            }
        }
        if (curve.Skipped.Count > 0)
        {
            lines.Add("");
            lines.Add($"Not run: {string.Join(", ", curve.Skipped)} (more than a fold's training part holds).");
        }
        return string.Join(Environment.NewLine, lines);
    }
}
