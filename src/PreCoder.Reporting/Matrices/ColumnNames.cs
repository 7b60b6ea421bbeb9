using System.Text;

namespace PreCoder.Reporting.Matrices;

/// <summary>
/// Column names both SPSS and R accept unquoted: ASCII letters, digits and '_', starting with a letter, at most 64
/// characters, not an SPSS reserved word, unique ignoring case (SPSS names are case-insensitive).
/// </summary>
internal sealed class ColumnNames
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "ALL", "AND", "BY", "EQ", "GE", "GT", "LE", "LT", "NE", "NOT", "OR", "TO", "WITH", "TRUE", "FALSE", "NA", "NULL", "Inf", "NaN", "if", "else", "for", "in",
    };

    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    public string Claim(string wanted)
    {
        var name = new StringBuilder();
        foreach (var c in wanted)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        var text = name.ToString().Trim('_');
        if (text.Length == 0 || !char.IsAsciiLetter(text[0]))
        {
            text = "v_" + text;
        }

        if (Reserved.Contains(text))
        {
            text += "_";
        }

        text = text.Length > 60 ? text[..60] : text;
        var candidate = text;
        for (var n = 2; !_taken.Add(candidate); n++)
        {
            candidate = $"{text}_{n}";
        }

        return candidate;
    }
}
