using System.Globalization;
using PreCoder.Classification.Evaluation;

namespace PreCoder.Cli.Commands.Classification;

/// <summary>The human-readable form of an <see cref="EvaluationReport"/>.</summary>
public static class EvaluationText
{
    public static string Format(EvaluationReport r)
    {
        var lines = new List<string>
        {
            $"{r.Classifier} ({r.ModelVersion}) vs {r.Coder}: {r.Folds}-fold by interview, {r.Interviews} interviews, {r.Overall.Units} held-out codes",
            $"overall: exact {P(r.Overall.ExactAgreement)}, quadratic kappa {N(r.Overall.QuadraticKappa)}, Krippendorff ordinal alpha {N(r.Overall.KrippendorffOrdinalAlpha)}, " +
            $"presence P/R/F1 {N(r.Overall.PresencePrecision)}/{N(r.Overall.PresenceRecall)}/{N(r.Overall.PresenceF1)}, evidence token F1 {N(r.Overall.EvidenceTokenF1)} ({r.Overall.EvidencePairs} quoted codes)",
            "",
            $"{"variable",-42} {"n",4} {"exact",6} {"qwk",6} {"alpha",6} {"presF1",6} {"evidF1",6}",
        };
        lines.AddRange(r.Variables.Select(v =>
            $"{v.VariableId,-42} {v.Figures.Units,4} {P(v.Figures.ExactAgreement),6} {N(v.Figures.QuadraticKappa),6} {N(v.Figures.KrippendorffOrdinalAlpha),6} {N(v.Figures.PresenceF1),6} {N(v.Figures.EvidenceTokenF1),6}"));
        foreach (var p in r.PassageVariables)
        {
            lines.Add($"passage-level {p.VariableId}: {p.Passages} passages, accuracy {P(p.Accuracy)}, macro-F1 {N(p.MacroF1)}");
            lines.AddRange(p.Categories.Select(c => $"  {c.Category,-40} {c.Support,4} P/R/F1 {P(c.Precision)}/{P(c.Recall)}/{P(c.F1)}"));
        }
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>A figure to two decimals, or "-" when there is none (null, NaN or infinite).</summary>
    internal static string N(double? v) => v is { } x && double.IsFinite(x) ? x.ToString("0.00", CultureInfo.InvariantCulture) : "-";

    private static string P(double v) => double.IsFinite(v) ? v.ToString("0.00", CultureInfo.InvariantCulture) : "-";
}
