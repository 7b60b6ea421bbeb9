using System.Globalization;
using PreCoder.Classification.Evaluation;
using PreCoder.Core.Text;

namespace PreCoder.Cli.Commands.Classification.Rendering;

/// <summary>Evaluation figures as one long CSV table (a row per classifier, training size and variable), for R or a spreadsheet.</summary>
public static class EvaluationCsv
{
    private const string Header = "classifier,training_interviews,variable,n,quadratic_kappa,macro_f1,exact,ordinal_alpha,presence_f1,evidence_f1,whole_passage_f1,nearest_sentence_f1";

    public static string Format(ClassifierComparison c)
    {
        var lines = new List<string> { Header };
        foreach (var report in new[] { c.BaseRate, c.ZeroShot, c.Main }.OfType<EvaluationReport>())
        {
            lines.AddRange(Rows(report));
        }
        return string.Join('\n', lines) + "\n";
    }

    public static string Format(LearningCurve curve)
    {
        var lines = new List<string> { Header };
        foreach (var point in curve.Points)
        {
            lines.AddRange(Rows(point.BaseRate));
            lines.AddRange(Rows(point.Trained));
        }
        if (curve.ZeroShot is not null)
        {
            lines.AddRange(Rows(curve.ZeroShot));
        }
        return string.Join('\n', lines) + "\n";
    }

    private static IEnumerable<string> Rows(EvaluationReport r)
    {
        var size = r.TrainingInterviews?.ToString(CultureInfo.InvariantCulture) ?? "";
        yield return Row(r.Classifier, size, "(all)", r.Overall);
        foreach (var v in r.Variables)
        {
            yield return Row(r.Classifier, size, v.VariableId, v.Figures);
        }
        foreach (var p in r.PassageVariables)
        {
            yield return string.Join(',', CsvWriter.Escape(r.Classifier), size, CsvWriter.Escape(p.VariableId), p.Passages.ToString(CultureInfo.InvariantCulture), "", F(p.MacroF1), F(p.Accuracy), "", "", "", "", "");
        }
    }

    private static string Row(string classifier, string size, string variable, AgreementFigures f) =>
        string.Join(',', CsvWriter.Escape(classifier), size, CsvWriter.Escape(variable), f.Units.ToString(CultureInfo.InvariantCulture), F(f.QuadraticKappa), F(f.MacroF1), F(f.ExactAgreement),
            F(f.KrippendorffOrdinalAlpha), F(f.PresenceF1), F(f.EvidenceTokenF1), F(f.WholePassageTokenF1), F(f.NearestSentenceTokenF1));

    private static string F(double? v) => v is { } x && double.IsFinite(x) ? x.ToString("0.####", CultureInfo.InvariantCulture) : "";
}
