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
        var builder = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            // Fold accents so "Réfugié" becomes refugie rather than r_fugi_. A table, not Unicode normalization,
            // because the build runs with InvariantGlobalization where Normalize leaves accents in place.
            var folded = Fold(c);
            builder.Append(folded is { } f ? f : char.IsAsciiLetterOrDigit(c) ? c : "_");
        }
        var slug = Underscores().Replace(builder.ToString(), "_").Trim('_');
        if (slug.Length == 0)
        {
            return "unnamed";
        }
        return char.IsAsciiLetter(slug[0]) ? slug : "v_" + slug;
    }

    private static string? Fold(char c)
    {
        const string from = "àáâãäåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõöøōőřśšşťùúûüūůűųýÿźżž";
        const string to = "aaaaaaaaacccdeeeeeeeeiiiiiilnnnoooooooorssstuuuuuuuuyyzzz";
        var index = from.IndexOf(c);
        if (index >= 0)
        {
            return to[index].ToString();
        }
        return c switch
        {
            'ß' => "ss",
            'æ' => "ae",
            'œ' => "oe",
            _ => null,
        };
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_.\-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("_+")]
    private static partial Regex Underscores();
}
