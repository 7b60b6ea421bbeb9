using System.Globalization;
using System.Text;

namespace PreCoder.Reporting.Rendering;

/// <summary>Culture-invariant number formatting and escaping shared by the renderers, so reports read the same on every machine.</summary>
internal static class Fmt
{
    public static string Num(double value, int digits = 3) =>
        double.IsNaN(value) ? "NaN" : value.ToString("F" + digits, CultureInfo.InvariantCulture);

    public static string Score(double value) =>
        double.IsNaN(value) ? "missing" : value.ToString(CultureInfo.InvariantCulture);

    public static string Ci(double low, double high) =>
        double.IsNaN(low) || double.IsNaN(high) ? "" : $"[{Num(low)}, {Num(high)}]";

    public static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    public static string Md(string value) => value.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");

    public static string Html(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            sb.Append(c switch { '<' => "&lt;", '>' => "&gt;", '&' => "&amp;", '"' => "&quot;", _ => c.ToString() });
        }
        return sb.ToString();
    }
}
