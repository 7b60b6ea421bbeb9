using PreCoder.Codebooks.Json;
using PreCoder.Codebooks.Scales;
using PreCoder.Core.Codebooks;

namespace PreCoder.Codebooks.Tests.Support;

/// <summary>Field-by-field codebook comparison, so a failed round trip names the field that was lost.</summary>
internal static class CodebookAssert
{
    public static void Equivalent(Codebook expected, Codebook actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Description, actual.Description);
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.VersionNote, actual.VersionNote);
        Assert.Equal(expected.MissingReasons, actual.MissingReasons);
        Assert.Equal(expected.Categories, actual.Categories);
        Assert.Equal(expected.Scales.Select(s => s.Name), actual.Scales.Select(s => s.Name));
        foreach (var (e, a) in expected.Scales.Zip(actual.Scales))
        {
            Assert.True(ScaleEquality.Same(e, a), $"scale {e.Name} differs: {e.Describe()} vs {a.Describe()}");
        }
        Assert.Equal(expected.Variables.Select(v => v.Id), actual.Variables.Select(v => v.Id));
        foreach (var (e, a) in expected.Variables.Zip(actual.Variables))
        {
            Assert.Equal((e.Id, e.Name, e.Category, e.Definition), (a.Id, a.Name, a.Category, a.Definition));
            Assert.True(ScaleEquality.Same(e.Scale, a.Scale), $"scale of {e.Id} differs: {e.Scale.Name} {e.Scale.Describe()} vs {a.Scale.Name} {a.Scale.Describe()}");
            Assert.Equal((e.Unit, e.Role, e.AppliesTo, e.Inclusion, e.Exclusion, e.Importance), (a.Unit, a.Role, a.AppliesTo, a.Inclusion, a.Exclusion, a.Importance));
            Assert.Equal(e.Indicators, a.Indicators);
        }
        // The canonical form catches anything the field checks above do not name.
        Assert.Equal(CodebookJson.Serialize(expected), CodebookJson.Serialize(actual));
    }
}
