using System.Globalization;
using PreCoder.Core.Coding;

namespace PreCoder.Core.Codebooks;

/// <summary>The values a variable can take. Every scale also admits <c>missing</c>, which is never 0.</summary>
public sealed record Scale
{
    public required string Name { get; init; }

    public required ScaleKind Kind { get; init; }

    /// <summary>Lowest value for ordinal and numeric scales (0 for binary and nominal).</summary>
    public double? Min { get; init; }

    /// <summary>Highest value for ordinal and numeric scales (1 for binary, categories - 1 for nominal).</summary>
    public double? Max { get; init; }

    /// <summary>Anchor text per level, e.g. 2 = "Present and somewhat important".</summary>
    public IReadOnlyDictionary<int, string> Anchors { get; init; } = new Dictionary<int, string>();

    /// <summary>Category labels of a nominal scale, in index order; empty means open (any label, e.g. nationality).</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Guidance for coders on telling levels apart.</summary>
    public string? Description { get; init; }

    /// <summary>The seed study's scale: 0 Not present, 1 Present but not important, 2 somewhat important, 3 very important.</summary>
    public static Scale Likert4 { get; } = new()
    {
        Name = "likert4",
        Kind = ScaleKind.Ordinal,
        Min = 0,
        Max = 3,
        Anchors = new Dictionary<int, string>
        {
            [0] = "Not present",
            [1] = "Present but not important",
            [2] = "Present and somewhat important",
            [3] = "Present and very important",
        },
    };

    public static Scale Presence { get; } = new()
    {
        Name = "binary",
        Kind = ScaleKind.Binary,
        Min = 0,
        Max = 1,
        Anchors = new Dictionary<int, string> { [0] = "Not present", [1] = "Present" },
    };

    /// <summary>True when the scale's values are counted in presence statistics (score &gt; 0 means present).</summary>
    public bool HasPresence => Kind is ScaleKind.Ordinal or ScaleKind.Binary && (Min ?? 0) == 0;

    /// <summary>The discrete values of an ordinal, binary or nominal scale; empty for numeric and open nominal scales.</summary>
    public IReadOnlyList<double> Levels => Kind switch
    {
        ScaleKind.Binary => [0, 1],
        ScaleKind.Ordinal when Min is { } lo && Max is { } hi => Enumerable.Range((int)lo, (int)(hi - lo) + 1).Select(i => (double)i).ToArray(),
        ScaleKind.Nominal => Enumerable.Range(0, Categories.Count).Select(i => (double)i).ToArray(),
        _ => [],
    };

    /// <summary>True when <paramref name="value"/> is a value of this scale.</summary>
    public bool Accepts(double value) => Kind switch
    {
        ScaleKind.Numeric => (Min is null || value >= Min) && (Max is null || value <= Max) && double.IsFinite(value),
        ScaleKind.Nominal when Categories.Count == 0 => false,
        _ => Levels.Contains(value),
    };

    /// <summary>
    /// Reads a score as people write it: a number, a category label of a nominal scale, or <c>missing</c>
    /// (optionally <c>missing:reason</c>). Returns an error text when the value is off the scale.
    /// </summary>
    public bool TryParse(string text, out Score score, out string? error)
    {
        text = text.Trim();
        error = null;
        if (text.Equals("missing", StringComparison.OrdinalIgnoreCase) || text.Equals("NA", StringComparison.Ordinal))
        {
            score = Score.Missing();
            return true;
        }
        if (text.StartsWith("missing:", StringComparison.OrdinalIgnoreCase))
        {
            score = Score.Missing(text["missing:".Length..].Trim());
            return true;
        }
        if (Kind == ScaleKind.Nominal && Categories.Count == 0)
        {
            // Codes hold numbers; an open list has no index to give a label, so say so instead of listing no categories.
            score = default;
            error = $"scale {Name} is an open list of labels and codes hold numbers, so '{text}' cannot be recorded as a code; write it in a note";
            return false;
        }
        if (Kind == ScaleKind.Nominal)
        {
            var index = IndexOfCategory(text);
            if (index >= 0)
            {
                score = Score.Of(index);
                return true;
            }
            score = default;
            error = $"'{text}' is not a category of scale {Name} ({string.Join("|", Categories)})";
            return false;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            score = default;
            error = $"'{text}' is not a number or 'missing'";
            return false;
        }
        if (!Accepts(value))
        {
            score = default;
            error = $"{text} is outside scale {Name} ({Describe()})";
            return false;
        }
        score = Score.Of(value);
        return true;
    }

    /// <summary>Writes a score the way <see cref="TryParse"/> reads it back.</summary>
    public string Format(Score score)
    {
        if (score.Value is not { } v)
        {
            return score.MissingReason is { Length: > 0 } reason ? $"missing:{reason}" : "missing";
        }
        if (Kind == ScaleKind.Nominal && v >= 0 && v < Categories.Count && v == Math.Floor(v))
        {
            return Categories[(int)v];
        }
        return v.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A one-line description such as <c>0..3</c> or <c>change|neutral|sustain</c>.</summary>
    public string Describe() => Kind switch
    {
        ScaleKind.Nominal => string.Join("|", Categories),
        ScaleKind.Binary => "0..1",
        _ => $"{Min?.ToString(CultureInfo.InvariantCulture) ?? "-inf"}..{Max?.ToString(CultureInfo.InvariantCulture) ?? "inf"}",
    };

    private int IndexOfCategory(string label)
    {
        for (var i = 0; i < Categories.Count; i++)
        {
            if (string.Equals(Categories[i], label, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }
}
