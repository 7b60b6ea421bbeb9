using System.Text.Json;
using PreCoder.Codebooks.Diff;
using PreCoder.Codebooks.Tests.Support;
using PreCoder.Codebooks.Yaml;
using PreCoder.Core.Codebooks;

namespace PreCoder.Codebooks.Tests.Diff;

public class CodebookDiffTests
{
    private static Codebook Full() => CodebookYaml.Read(Some.FullYaml, "full.yaml").Codebook!;

    private static Codebook Edit(Codebook codebook, string id, Func<Variable, Variable> change) =>
        codebook with { Variables = codebook.Variables.Select(v => v.Id == id ? change(v) : v).ToList() };

    [Fact]
    public void Compare_SameCodebook_NoChanges()
    {
        var changes = CodebookDiff.Compare(Full(), Full());

        Assert.Empty(changes);
        Assert.Equal("no changes\n", CodebookDiff.Render(changes));
    }

    [Fact]
    public void Compare_EachKindOfChange_OneEntryEach()
    {
        var from = Full();
        var to = Edit(from, "vul_poverty", v => v with { Name = "Material poverty", Definition = "New wording.", Indicators = ["broke"] });
        to = Edit(to, "rol_fighter", v => v with { Category = "vulnerabilities" });
        to = Edit(to, "rol_other", v => v with { Scale = to.Scales.Single(s => s.Name == "likert4") });
        to = Edit(to, "vul_male_only", v => v with { AppliesTo = "gender=female", Unit = CodingUnit.Passage });
        to = to with
        {
            Variables = [.. to.Variables.Where(v => v.Id != "vul_bounded"), new Variable { Id = "vul_new", Name = "New", Category = "vulnerabilities", Scale = Scale.Likert4, Definition = "d" }],
            Categories = [.. to.Categories.Select(c => c.Id == "roles" ? c with { Name = "Roles" } : c)],
        };

        var changes = CodebookDiff.Compare(from, to);

        Assert.Equal(
        [
            "~ category roles renamed: \"Roles in ISIS\" -> \"Roles\"",
            "~ vul_poverty renamed: \"Poverty\" -> \"Material poverty\"",
            "~ vul_poverty redefined: definition, indicators",
            "~ vul_male_only settings changed: unit, applies_to",
            "~ rol_fighter moved: roles -> vulnerabilities",
            "~ rol_other scale changed: binary (binary 0..1) -> likert4 (ordinal 0..3)",
            "+ vul_new added: \"New\"",
            "- vul_bounded removed: \"Bounded number\"",
        ], changes.Select(c => c.ToString()));
    }

    [Fact]
    public void Compare_AnchorTextOnly_ScaleChangedWithAnchorsField()
    {
        var from = Full();
        var softer = from.Scales.Single(s => s.Name == "presence") with { Anchors = new Dictionary<int, string> { [0] = "Absent", [1] = "Reported" } };
        var to = Edit(from, "rol_fighter", v => v with { Scale = softer });

        var change = Assert.Single(CodebookDiff.Compare(from, to));

        Assert.Equal(CodebookChangeKind.ScaleChanged, change.Kind);
        Assert.Equal(["anchors"], change.Fields);
    }

    [Fact]
    public void Change_Serialized_KindAsText()
    {
        var change = new CodebookChange(CodebookChangeKind.MovedCategory, "rol_fighter", [], "roles", "vulnerabilities");

        var json = JsonSerializer.Serialize(change);

        Assert.Equal("""{"Kind":"MovedCategory","Id":"rol_fighter","Fields":[],"From":"roles","To":"vulnerabilities"}""", json);
    }
}
