using PreCoder.Codebooks.Diagnostics;

namespace PreCoder.Codebooks.Tests.Support;

/// <summary>Assertions on diagnostics that say which problem was expected when one is missing.</summary>
internal static class Diagnose
{
    /// <summary>Asserts an error on <paramref name="line"/> whose message contains every fragment, and returns it.</summary>
    public static CodebookDiagnostic HasError(CodebookReadResult result, int? line, params string[] fragments)
    {
        var match = result.Errors.FirstOrDefault(d => d.Line == line && fragments.All(f => d.Message.Contains(f, StringComparison.Ordinal)));
        Assert.True(match is not null,
            $"expected an error on line {line?.ToString() ?? "(none)"} containing [{string.Join(", ", fragments)}]; got:\n{string.Join("\n", result.Diagnostics)}");
        Assert.False(result.Succeeded);
        return match!;
    }

    public static void Clean(CodebookReadResult result)
    {
        Assert.True(result.Succeeded, "expected no errors; got:\n" + string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }
}
