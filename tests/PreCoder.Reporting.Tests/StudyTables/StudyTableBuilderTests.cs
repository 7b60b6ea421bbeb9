using PreCoder.Reporting.Reliability;
using PreCoder.Reporting.StudyTables;
using Xunit;

namespace PreCoder.Reporting.Tests.StudyTables;

public class StudyTableBuilderTests
{
    // Four interviews, two per gender; "poverty" applies to all, "motherhood" only to women.
    private static readonly StudyInterview[] Interviews =
    [
        new("i1", new Dictionary<string, string> { ["gender"] = "male" }),
        new("i2", new Dictionary<string, string> { ["gender"] = "male" }),
        new("i3", new Dictionary<string, string> { ["gender"] = "female" }),
        new("i4", new Dictionary<string, string> { ["gender"] = "female" }),
    ];

    private static readonly UnitRating[] Ratings =
    [
        new("i1", "poverty", "ayse", 2), new("i2", "poverty", "ayse", 0), new("i3", "poverty", "ayse", 3), new("i4", "poverty", "ayse", double.NaN),
        new("i3", "motherhood", "ayse", 1), new("i4", "motherhood", "ayse", 0),
        new("i1", "poverty", "jonas", 3), new("i2", "poverty", "jonas", 3),
    ];

    private static StudyTable CreateSut() =>
        StudyTableBuilder.Build("gender", "ayse", [Some.Likert("poverty"), Some.Likert("motherhood", appliesTo: "gender=female")], Interviews, Ratings);

    [Fact]
    public void Build_FourInterviews_GivesHandComputedPercentAndAverage()
    {
        var table = CreateSut();

        Assert.Equal(["female", "male"], table.Groups);
        var poverty = table.Rows[0].Cells;
        // Men: 2 and 0 -> 1 of 2 mentioned = 50%, average 1.0 (jonas's codes are ignored).
        Assert.Equal(new StudyTableCell("male", true, 2, 0, 50.0, 1.0), poverty.Single(c => c.Group == "male"));
        // Women: 3 and missing -> missing excluded: 1 of 1 mentioned = 100%, average 3.
        Assert.Equal(new StudyTableCell("female", true, 1, 1, 100.0, 3.0), poverty.Single(c => c.Group == "female"));
    }

    [Fact]
    public void Build_VariableNotApplyingToGroup_IsNotApplicable()
    {
        var motherhood = CreateSut().Rows[1].Cells;

        Assert.False(motherhood.Single(c => c.Group == "male").Applicable);
        Assert.Equal(new StudyTableCell("female", true, 2, 0, 50.0, 0.5), motherhood.Single(c => c.Group == "female"));
    }

    [Fact]
    public void Build_NominalVariable_IsLeftOut()
    {
        var nominal = new PreCoder.Core.Codebooks.Variable
        {
            Id = "nationality", Name = "Nationality", Category = "demographics",
            Scale = new PreCoder.Core.Codebooks.Scale { Name = "nat", Kind = PreCoder.Core.Codebooks.ScaleKind.Nominal, Categories = ["a", "b"] },
        };
        var table = StudyTableBuilder.Build("gender", "ayse", [nominal, Some.Likert("poverty")], Interviews, Ratings);

        Assert.Equal(["poverty"], table.Rows.Select(r => r.VariableId));
    }

    [Fact]
    public void Build_PassageCodes_AreFoldedByMaximumPerInterview()
    {
        UnitRating[] ratings = [new("i1", "poverty", "ayse", 1), new("i1", "poverty", "ayse", 3), new("i1", "poverty", "ayse", double.NaN)];
        var table = StudyTableBuilder.Build("gender", "ayse", [Some.Likert("poverty")], Interviews[..1], ratings);

        Assert.Equal(3.0, table.Rows[0].Cells[0].AverageScore);
    }
}
