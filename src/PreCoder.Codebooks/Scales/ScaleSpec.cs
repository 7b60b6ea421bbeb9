using System.Globalization;
using PreCoder.Codebooks.Diagnostics;
using PreCoder.Core.Codebooks;

namespace PreCoder.Codebooks.Scales;

/// <summary>
/// The one-word scale notation used in spreadsheets and in <c>scale:</c> strings: a named scale of the codebook,
/// <c>likert4</c>, <c>binary</c>, <c>ordinal:0..3</c>, <c>nominal:a|b|c</c>, <c>nominal</c> (open), <c>numeric</c> or <c>numeric:0..100</c>.
/// </summary>
public static class ScaleSpec
{
    public const string Likert4 = "likert4";
    public const string Binary = "binary";

    /// <summary>
    /// Resolves <paramref name="text"/>: first against the codebook's named scales, then the built-ins, then the
    /// <c>kind:bounds</c> notation. The resulting scale is named after the notation so writers can print it back.
    /// </summary>
    public static bool TryParse(string text, IReadOnlyList<Scale> namedScales, out Scale? scale, out string? error, out string? hint)
    {
        text = text.Trim();
        scale = null;
        error = null;
        hint = null;
        var named = namedScales.FirstOrDefault(s => s.Name == text);
        if (named is not null)
        {
            scale = named;
            return true;
        }
        var colon = text.IndexOf(':');
        var kind = (colon < 0 ? text : text[..colon]).Trim().ToLowerInvariant();
        var argument = colon < 0 ? null : text[(colon + 1)..].Trim();
        switch (kind)
        {
            case Likert4 when argument is null:
                scale = Scale.Likert4;
                return true;
            case Binary when argument is null:
                scale = Scale.Presence;
                return true;
            case "ordinal" when argument is not null && TryBounds(argument, out var lo, out var hi) && lo is not null && hi is not null:
                if (lo != Math.Floor(lo.Value) || hi != Math.Floor(hi.Value))
                {
                    error = $"ordinal scale '{text}' needs whole-number bounds";
                    hint = "write e.g. ordinal:0..3";
                    return false;
                }
                scale = new Scale { Name = $"ordinal:{Number(lo)}..{Number(hi)}", Kind = ScaleKind.Ordinal, Min = lo, Max = hi };
                return true;
            case "nominal":
                var categories = string.IsNullOrWhiteSpace(argument)
                    ? []
                    : argument.Split('|', StringSplitOptions.TrimEntries);
                scale = Nominal(categories, categories.Length == 0 ? "nominal" : $"nominal:{string.Join("|", categories)}");
                return true;
            case "numeric" when argument is null:
                scale = new Scale { Name = "numeric", Kind = ScaleKind.Numeric };
                return true;
            case "numeric" when TryBounds(argument, out var nlo, out var nhi):
                scale = new Scale { Name = $"numeric:{Number(nlo)}..{Number(nhi)}", Kind = ScaleKind.Numeric, Min = nlo, Max = nhi };
                return true;
        }
        error = $"unknown scale '{text}'";
        var candidates = namedScales.Select(s => s.Name).Concat([Likert4, Binary, "ordinal:0..3", "nominal:a|b", "numeric"]).Distinct().ToList();
        var match = ClosestMatch.Find(text, candidates);
        hint = match is not null
            ? $"did you mean '{match}'?"
            : $"use a scale declared under scales: ({string.Join(", ", namedScales.Select(s => s.Name))}) or likert4, binary, ordinal:MIN..MAX, nominal:a|b|c, numeric[:MIN..MAX]";
        return false;
    }

    /// <summary>The notation for a scale's values, ignoring anchors and description (see <see cref="DefaultAnchors"/>).</summary>
    public static string Format(Scale scale) => scale.Kind switch
    {
        ScaleKind.Ordinal when scale.Min == 0 && scale.Max == 3 && ScaleEquality.SameAnchors(scale.Anchors, Scale.Likert4.Anchors) => Likert4,
        ScaleKind.Ordinal => $"ordinal:{Number(scale.Min)}..{Number(scale.Max)}",
        ScaleKind.Binary => Binary,
        ScaleKind.Nominal when scale.Categories.Count == 0 => "nominal",
        ScaleKind.Nominal => $"nominal:{string.Join("|", scale.Categories)}",
        _ when scale.Min is null && scale.Max is null => "numeric",
        _ => $"numeric:{Number(scale.Min)}..{Number(scale.Max)}",
    };

    /// <summary>The anchors a notation implies (likert4's and binary's texts), so writers only spell out anchors that differ.</summary>
    public static IReadOnlyDictionary<int, string> DefaultAnchors(string notation) =>
        TryParse(notation, [], out var scale, out _, out _) ? scale!.Anchors : new Dictionary<int, string>();

    /// <summary>A nominal scale with the bounds the domain expects (0..count-1; none when open).</summary>
    public static Scale Nominal(IReadOnlyList<string> categories, string name) => new()
    {
        Name = name,
        Kind = ScaleKind.Nominal,
        Min = categories.Count == 0 ? null : 0,
        Max = categories.Count == 0 ? null : categories.Count - 1,
        Categories = categories,
    };

    private static bool TryBounds(string? text, out double? lo, out double? hi)
    {
        lo = hi = null;
        if (text is null)
        {
            return false;
        }
        var dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            return false;
        }
        return TryNumber(text[..dots], out lo) && TryNumber(text[(dots + 2)..], out hi);
    }

    private static bool TryNumber(string text, out double? value)
    {
        value = null;
        if (text.Trim().Length == 0)
        {
            return true;
        }
        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
        {
            value = v;
            return true;
        }
        return false;
    }

    internal static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
