using System.Globalization;
using System.Net;
using System.Text;
using PreCoder.Classification.Evaluation;

namespace PreCoder.Cli.Commands.Classification.Rendering;

/// <summary>
/// The two charts of an evaluation, as small hand-written SVG (no native plotting library needed): the reliability
/// diagram (confidence against how often the coder agreed exactly, the diagonal being perfect calibration) and the
/// learning curve (agreement against the number of coded interviews trained on).
/// </summary>
public static class EvaluationSvg
{
    private const int Width = 420;
    private const int Height = 300;
    private const int Left = 50;
    private const int Bottom = 40;
    private const int Top = 20;
    private const int Right = 130;

    public static string Reliability(IReadOnlyList<ReliabilityBin> raw, IReadOnlyList<ReliabilityBin> calibrated)
    {
        var svg = Open("Reliability: confidence against exact agreement");
        Axes(svg, "confidence", "exact agreement", 0, 1, ["0", "0.5", "1"]);
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(0, 0, 1)}\" y1=\"{Y(0)}\" x2=\"{X(1, 0, 1)}\" y2=\"{Y(1)}\" stroke=\"#bbb\" stroke-dasharray=\"4 3\"/>");
        Series(svg, raw.Where(b => b.Count > 0).Select(b => (b.MeanConfidence, b.ExactRate)).ToArray(), 0, 1, "#999", "raw", 0);
        Series(svg, calibrated.Where(b => b.Count > 0).Select(b => (b.MeanConfidence, b.ExactRate)).ToArray(), 0, 1, "#1f6fb2", "calibrated", 1);
        return Close(svg);
    }

    public static string LearningCurve(LearningCurve curve)
    {
        var svg = Open("Learning curve: agreement against coded interviews");
        var sizes = curve.Points.Select(p => (double)p.TrainingInterviews).ToArray();
        var min = sizes.Length > 0 ? sizes.Min() : 0;
        var max = sizes.Length > 1 ? sizes.Max() : min + 1;
        Axes(svg, "coded interviews trained on", "agreement", min, max, [Fmt(min), Fmt((min + max) / 2), Fmt(max)]);
        Series(svg, curve.Points.Select(p => ((double)p.TrainingInterviews, Clamp(p.Trained.Overall.QuadraticKappa))).ToArray(), min, max, "#1f6fb2", "trained qwk", 0);
        Series(svg, curve.Points.Select(p => ((double)p.TrainingInterviews, Clamp(p.Trained.Overall.MacroF1))).ToArray(), min, max, "#2a9d4b", "trained macro-F1", 1);
        Series(svg, curve.Points.Select(p => ((double)p.TrainingInterviews, Clamp(p.BaseRate.Overall.MacroF1))).ToArray(), min, max, "#999", "base-rate macro-F1", 2);
        if (curve.ZeroShot is { } z)
        {
            Series(svg, [(min, Clamp(z.Overall.MacroF1)), (max, Clamp(z.Overall.MacroF1))], min, max, "#d08a1c", "zero-shot macro-F1", 3);
        }
        return Close(svg);
    }

    private static double Clamp(double? v) => v is { } x && double.IsFinite(x) ? Math.Clamp(x, 0, 1) : 0;

    private static StringBuilder Open(string title) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\"><title>{WebUtility.HtmlEncode(title)}</title>");

    private static string Close(StringBuilder svg) => svg.Append("</svg>").ToString();

    private static void Axes(StringBuilder svg, string xLabel, string yLabel, double min, double max, IReadOnlyList<string> ticks)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Y(0)}\" x2=\"{Width - Right}\" y2=\"{Y(0)}\" stroke=\"#333\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Y(0)}\" x2=\"{Left}\" y2=\"{Y(1)}\" stroke=\"#333\"/>");
        for (var i = 0; i < ticks.Count; i++)
        {
            var value = min + ((max - min) * i / (ticks.Count - 1));
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(value, min, max)}\" y=\"{Y(0) + 14}\" text-anchor=\"middle\">{ticks[i]}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Y(i / (double)(ticks.Count - 1)) + 4}\" text-anchor=\"end\">{Fmt(i / (double)(ticks.Count - 1))}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{(Left + Width - Right) / 2}\" y=\"{Height - 6}\" text-anchor=\"middle\">{WebUtility.HtmlEncode(xLabel)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"12\" y=\"{(Top + Height - Bottom) / 2}\" text-anchor=\"middle\" transform=\"rotate(-90 12 {(Top + Height - Bottom) / 2})\">{WebUtility.HtmlEncode(yLabel)}</text>");
    }

    private static void Series(StringBuilder svg, IReadOnlyList<(double X, double Y)> points, double min, double max, string colour, string label, int legendRow)
    {
        if (points.Count > 0)
        {
            var path = string.Join(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{X(p.X, min, max):0.#},{Y(p.Y):0.#}")));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{path}\"/>");
            foreach (var p in points)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(p.X, min, max):0.#}\" cy=\"{Y(p.Y):0.#}\" r=\"3\" fill=\"{colour}\"/>");
            }
        }
        var ly = Top + 10 + (legendRow * 16);
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Width - Right + 8}\" y1=\"{ly}\" x2=\"{Width - Right + 24}\" y2=\"{ly}\" stroke=\"{colour}\" stroke-width=\"2\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right + 28}\" y=\"{ly + 4}\">{WebUtility.HtmlEncode(label)}</text>");
    }

    private static double X(double value, double min, double max) => Left + ((max > min ? (value - min) / (max - min) : 0.5) * (Width - Left - Right));

    private static double Y(double value) => Height - Bottom - (value * (Height - Top - Bottom));

    private static string Fmt(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
