using System.Globalization;

namespace PreCoder.Reporting.Matrices;

/// <summary>
/// Numeric codes for the kinds of missing, so SPSS can declare them user-missing and R can keep the reason:
/// -1 missing without a reason, -2, -3... the codebook's missing reasons in order, -99 not applicable (the variable's
/// applies_to excludes the interview). An empty cell means nobody coded the interview (SPSS system-missing, R NA).
/// Negative codes never collide with a score: PreCoder scales start at 0 (nominal indexes, Likert, binary, counts).
/// </summary>
public sealed class MissingCodes
{
    public const double Unspecified = -1;
    public const double NotApplicable = -99;

    private readonly Dictionary<string, double> _reasons;

    public MissingCodes(IReadOnlyList<string> reasons)
    {
        _reasons = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var reason in reasons)
        {
            _reasons.TryAdd(reason, -2 - _reasons.Count);
        }
    }

    /// <summary>Every code with its label, in code order (-1 first, -99 last).</summary>
    public IReadOnlyList<(double Code, string Label)> Labels =>
        [(Unspecified, "missing"), .. _reasons.Select(kv => (kv.Value, "missing: " + kv.Key)), (NotApplicable, "does not apply (applies_to)")];

    /// <summary>The code of a missing score; a reason not in the codebook's list is coded as missing without one.</summary>
    public double Code(string? reason) =>
        reason is { Length: > 0 } && _reasons.TryGetValue(reason, out var code) ? code : Unspecified;

    public static string Text(double code) => code.ToString(CultureInfo.InvariantCulture);
}
