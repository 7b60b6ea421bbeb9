using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PreCoder.Codebooks.Validation;

/// <summary>What a variable or category id may look like, and how one is made from a name.</summary>
public static partial class Identifiers
{
    /// <summary>True for ids such as <c>vul_poverty</c>: a letter, then letters, digits, <c>_</c>, <c>-</c> or <c>.</c>.</summary>
    public static bool IsValid(string id) => IdPattern().IsMatch(id);

    /// <summary>An id made from a name ("Psycho-social vulnerabilities" -> <c>psycho_social_vulnerabilities</c>), for files that carry no ids.</summary>
    public static string Slug(string name)
    {
        // Strip accents first so "Réfugié" becomes refugie rather than r_fugi_.
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_');
        }
        var slug = Underscores().Replace(builder.ToString(), "_").Trim('_');
        if (slug.Length == 0)
        {
            return "unnamed";
        }
        return char.IsAsciiLetter(slug[0]) ? slug : "v_" + slug;
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_.\-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("_+")]
    private static partial Regex Underscores();
}
