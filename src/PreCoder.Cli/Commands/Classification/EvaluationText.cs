using System.Globalization;
using PreCoder.Classification.Evaluation;

namespace PreCoder.Cli.Commands.Classification;

/// <summary>The readable (Markdown) form of a <see cref="ClassifierComparison"/>: the classifier beside its baselines, per variable.</summary>
public static class EvaluationText
{
    public static string Format(ClassifierComparison c)
    {
        var r = c.Main;
        var z = c.ZeroShot;
        var b = c.BaseRate;
        var lines = new List<string>
        {
            $"# {r.Classifier} ({r.ModelVersion}) vs {r.Coder}",
            "",
            $"{r.Folds}-fold cross-validation by interview, {r.Interviews} interviews, {r.Overall.Units} held-out interview-level codes.",
            "",
            $"overall: exact {P(r.Overall.ExactAgreement)}, quadratic kappa {N(r.Overall.QuadraticKappa)}, macro-F1 {N(r.Overall.MacroF1)}, Krippendorff ordinal alpha {N(r.Overall.KrippendorffOrdinalAlpha)}, " +
            $"presence P/R/F1 {N(r.Overall.PresencePrecision)}/{N(r.Overall.PresenceRecall)}/{N(r.Overall.PresenceF1)}",
            $"evidence token F1 {N(r.Overall.EvidenceTokenF1)} over {r.Overall.EvidencePairs} quoted codes; baselines: whole passage {N(r.Overall.WholePassageTokenF1)}, zero-shot nearest sentence {N(r.Overall.NearestSentenceTokenF1)}",
        };
        if (r.Missing is { Coder: > 0 } or { Machine: > 0 })
        {
            lines.Add($"missing: the coder said missing {r.Missing!.Coder} times, the machine {r.Missing.Machine}, both {r.Missing.Both} (precision {N(r.Missing.Precision)}, recall {N(r.Missing.Recall)})");
        }
        lines.AddRange(
        [
            "",
            "Quadratic kappa (qwk) and macro-F1 per variable, beside the coder's base rate (always the most common code) and zero-shot:",
            "",
            $"| variable | n | base qwk | base F1 | zero-shot qwk | zero-shot F1 | {r.Classifier} qwk | {r.Classifier} F1 | exact | evidence F1 | |",
            "|---|---|---|---|---|---|---|---|---|---|---|",
        ]);
        var flagged = c.NotBetterThanBaseRate.ToHashSet(StringComparer.Ordinal);
        foreach (var v in r.Variables)
        {
            var bv = b.Variables.FirstOrDefault(x => x.VariableId == v.VariableId)?.Figures;
            var zv = z?.Variables.FirstOrDefault(x => x.VariableId == v.VariableId)?.Figures;
            lines.Add($"| {v.VariableId} | {v.Figures.Units} | {N(bv?.QuadraticKappa)} | {N(bv?.MacroF1)} | {N(zv?.QuadraticKappa)} | {N(zv?.MacroF1)} | {N(v.Figures.QuadraticKappa)} | {N(v.Figures.MacroF1)} | {P(v.Figures.ExactAgreement)} | {N(v.Figures.EvidenceTokenF1)} | {(flagged.Contains(v.VariableId) ? "not better than the base rate" : "")} |");
        }
        foreach (var p in r.PassageVariables)
        {
            var bp = b.PassageVariables.FirstOrDefault(x => x.VariableId == p.VariableId);
            var zp = z?.PassageVariables.FirstOrDefault(x => x.VariableId == p.VariableId);
            lines.Add("");
            lines.Add($"passage-level {p.VariableId}: {p.Passages} passages, accuracy {P(p.Accuracy)}, macro-F1 {N(p.MacroF1)} (base rate {N(bp?.MacroF1)}, zero-shot {N(zp?.MacroF1)})");
            lines.Add("");
            lines.Add("| code | n | precision | recall | F1 |");
            lines.Add("|---|---|---|---|---|");
            lines.AddRange(p.Categories.Select(x => $"| {x.Category} | {x.Support} | {P(x.Precision)} | {P(x.Recall)} | {P(x.F1)} |"));
        }
        lines.Add("");
        lines.Add("Confidence, calibrated across folds (each fold on the others' outcomes):");
        lines.Add("");
        lines.Add("| band | suggestions | share | exact |");
        lines.Add("|---|---|---|---|");
        lines.AddRange(c.Reliability.Bands.Select(x => $"| {x.Band} | {x.Count} | {P(x.Share)} | {N(x.ExactRate)} |"));
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>A figure to two decimals, or "-" when there is none (null, NaN or infinite).</summary>
    internal static string N(double? v) => v is { } x && double.IsFinite(x) ? x.ToString("0.00", CultureInfo.InvariantCulture) : "-";

    internal static string P(double v) => double.IsFinite(v) ? v.ToString("0.00", CultureInfo.InvariantCulture) : "-";
}
