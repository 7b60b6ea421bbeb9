using PreCoder.Core.Codebooks;

namespace PreCoder.Reporting.Tests;

/// <summary>Small test data: variables on the seed study's scales.</summary>
internal static class Some
{
    /// <summary>The code tree a study's export carries: the codebook as .qdc and each variable's code GUID.</summary>
    public static PreCoder.Reporting.Refi.RefiCodeTree CodeTree(Codebook codebook) => new(
        Codebooks.Qdc.CodebookQdc.Write(codebook),
        codebook.Variables.ToDictionary(v => v.Id, v => Codebooks.Qdc.CodebookQdc.VariableGuid(codebook, v.Id).ToString()));

    public static Variable Likert(string id, string category = "vulnerabilities", string? appliesTo = null) =>
        new() { Id = id, Name = id.ToUpperInvariant(), Category = category, Scale = Scale.Likert4, AppliesTo = appliesTo };

    public static Variable Binary(string id, string category = "roles") =>
        new() { Id = id, Name = id.ToUpperInvariant(), Category = category, Scale = Scale.Presence };
}
