using System.Text.RegularExpressions;

namespace PreCoder.Codebooks.Validation;

/// <summary>The <c>applies_to</c> notation: <c>attribute=value</c> or <c>attribute=value1|value2</c>.</summary>
public static partial class AppliesToSyntax
{
    public const string Example = "gender=male";

    /// <summary>True when <see cref="PreCoder.Core.Codebooks.Variable.AppliesToAttributes"/> can evaluate the text as meant.</summary>
    public static bool IsValid(string text) => Pattern().IsMatch(text);

    [GeneratedRegex(@"^\s*[A-Za-z_][A-Za-z0-9_]*\s*=\s*[^=|\s][^=|]*(\|\s*[^=|\s][^=|]*)*$")]
    private static partial Regex Pattern();
}
