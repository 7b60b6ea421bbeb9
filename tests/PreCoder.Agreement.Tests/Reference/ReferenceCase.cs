using System.Globalization;

namespace PreCoder.Agreement.Tests.Reference;

/// <summary>One row of tests/data/irr/expected_values.csv: a published value and how to recompute it.</summary>
internal sealed record ReferenceCase(
    string Id,
    string Data,
    string Format,
    string Statistic,
    IReadOnlyDictionary<string, string> Options,
    double Expected,
    double Tolerance,
    string Source)
{
    public static ReferenceCase FromRow(IReadOnlyList<string> row) => new(
        row[0],
        row[1],
        row[2],
        row[3],
        ParseOptions(row[4]),
        double.Parse(row[5], NumberStyles.Float, CultureInfo.InvariantCulture),
        double.Parse(row[6], NumberStyles.Float, CultureInfo.InvariantCulture),
        row[7]);

    public string Option(string key, string fallback) => Options.TryGetValue(key, out var value) ? value : fallback;

    private static Dictionary<string, string> ParseOptions(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(kv => kv[0], kv => kv[1], StringComparer.Ordinal);
}
