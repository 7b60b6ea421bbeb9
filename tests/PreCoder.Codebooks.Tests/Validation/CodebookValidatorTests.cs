using PreCoder.Codebooks.Validation;
using PreCoder.Core.Codebooks;

namespace PreCoder.Codebooks.Tests.Validation;

public class CodebookValidatorTests
{
    private static Codebook Build(params Variable[] variables) => new()
    {
        Id = "mem",
        Name = "In memory",
        Categories = [new Category("vulnerabilities", "Vulnerabilities")],
        Variables = variables,
    };

    private static Variable Var(string id, Scale scale) =>
        new() { Id = id, Name = id, Category = "vulnerabilities", Scale = scale, Definition = "d" };

    [Fact]
    public void Validate_BuiltInMemory_NoLinesButNamedProblems()
    {
        var noAnchors = new Scale { Name = "bare", Kind = ScaleKind.Ordinal, Min = 0, Max = 4 };

        var problems = CodebookValidator.Validate(Build(Var("vul_a", noAnchors), Var("1bad", Scale.Likert4)), "mem");

        Assert.All(problems, p => Assert.Null(p.Line));
        Assert.Contains(problems, p => p.Message == "the scale of variable 'vul_a' is ordinal but has no anchors" && !p.IsError);
        Assert.Contains(problems, p => p.Message == "variable id '1bad' is not a valid id" && p.Hint!.Contains("'v_1bad'"));
    }

    [Fact]
    public void Validate_SomeLevelsWithoutAnchors_WarningOnly()
    {
        var partial = Scale.Likert4 with { Name = "partial", Anchors = new Dictionary<int, string> { [0] = "No", [3] = "Yes" } };

        var problem = Assert.Single(CodebookValidator.Validate(Build(Var("vul_a", partial))));

        Assert.False(problem.IsError);
        Assert.Contains("level(s) 1, 2", problem.Message);
    }

    [Fact]
    public void Validate_NominalWithAnchorsAndNumericInverted_Errors()
    {
        var nominal = new Scale { Name = "n", Kind = ScaleKind.Nominal, Categories = ["a", "a"], Anchors = new Dictionary<int, string> { [0] = "x" } };
        var numeric = new Scale { Name = "m", Kind = ScaleKind.Numeric, Min = 10, Max = 1 };

        var problems = CodebookValidator.Validate(Build(Var("vul_a", nominal), Var("vul_b", numeric)));

        Assert.Equal(
        [
            "the scale of variable 'vul_a' is nominal but has anchors",
            "the scale of variable 'vul_a' lists category 'a' twice",
            "the scale of variable 'vul_b' has min 10 above max 1",
        ], problems.Select(p => p.Message));
    }

    [Fact]
    public void Slug_NamesWithPunctuationAndAccents_Ids()
    {
        Assert.Equal("psycho_social_vulnerabilities", Identifiers.Slug("Psycho-social vulnerabilities"));
        Assert.Equal("refugie_camp", Identifiers.Slug("Réfugié camp"));
        Assert.Equal("v_9_11", Identifiers.Slug("9/11"));
    }
}
