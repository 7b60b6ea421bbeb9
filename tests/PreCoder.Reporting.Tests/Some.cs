using PreCoder.Core.Codebooks;

namespace PreCoder.Reporting.Tests;

/// <summary>Small test data: variables on the seed study's scales.</summary>
internal static class Some
{
    public static Variable Likert(string id, string category = "vulnerabilities", string? appliesTo = null) =>
        new() { Id = id, Name = id.ToUpperInvariant(), Category = category, Scale = Scale.Likert4, AppliesTo = appliesTo };

    public static Variable Binary(string id, string category = "roles") =>
        new() { Id = id, Name = id.ToUpperInvariant(), Category = category, Scale = Scale.Presence };
}
