using System.Net;
using System.Text;
using PreCoder.Classification.Evaluation;

namespace PreCoder.Cli.Commands.Classification.Rendering;

/// <summary>An evaluation as one self-contained HTML page: the Markdown tables rendered as tables, and the charts.</summary>
public static class EvaluationHtml
{
    public static string Format(ClassifierComparison c) =>
        Page($"{c.Main.Classifier} vs {c.Main.Coder}", EvaluationText.Format(c),
            "<h2>Reliability diagram</h2>" + EvaluationSvg.Reliability(c.Reliability.Raw, c.Reliability.Calibrated));

    public static string Format(LearningCurve curve) =>
        Page($"Learning curve for {curve.Coder}", LearningCurveText.Format(curve), "<h2>Learning curve</h2>" + EvaluationSvg.LearningCurve(curve));

    private static string Page(string title, string markdown, string charts)
    {
        var body = new StringBuilder();
        var inTable = false;
        foreach (var line in markdown.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (line.StartsWith('|'))
            {
                var cells = line.Trim('|').Split('|').Select(x => x.Trim()).ToArray();
                if (cells.All(x => x.StartsWith("---", StringComparison.Ordinal)))
                {
                    continue;
                }
                body.Append(inTable ? "<tr>" : "<table><tr>");
                var tag = inTable ? "td" : "th";
                foreach (var cell in cells)
                {
                    body.Append('<').Append(tag).Append('>').Append(WebUtility.HtmlEncode(cell)).Append("</").Append(tag).Append('>');
                }
                body.Append("</tr>");
                inTable = true;
                continue;
            }
            if (inTable)
            {
                body.Append("</table>");
                inTable = false;
            }
            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                body.Append("<h1>").Append(WebUtility.HtmlEncode(line[2..])).Append("</h1>");
            }
            else if (line.Length > 0)
            {
                body.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>");
            }
        }
        if (inTable)
        {
            body.Append("</table>");
        }
        return $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title>" +
               "<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}td:first-child,th:first-child{text-align:left}</style>" +
               $"</head><body>{body}{charts}</body></html>\n";
    }
}
