using PreCoder.Llm.Privacy;

namespace PreCoder.Llm.Tests.Privacy;

public sealed class PseudonymiserTests
{
    [Fact]
    public void Find_CapitalisedWordsNeverWrittenLowerCase_AreNamesButCodebookWordsAreNot()
    {
        var names = NameFinder.Find(
            ["My friend Kevin went to Syria. The police in Anderlecht knew my friend.", "the police came"],
            ["Interviewer", "Yassine"],
            vocabulary: ["Travel to Syria or Iraq"], keep: [], mask: ["abu omar"]);

        Assert.Contains("Kevin", names);
        Assert.Contains("Anderlecht", names);
        Assert.Contains("Yassine", names);
        Assert.Contains("abu", names);
        Assert.DoesNotContain("Syria", names);       // the codebook's own word
        Assert.DoesNotContain("The", names);         // written "the" elsewhere
        Assert.DoesNotContain("Interviewer", names); // a role, not a person
    }

    [Fact]
    public void MaskRestore_RoundTrip_GivesTheOriginalAndHidesTheNames()
    {
        var sut = new Pseudonymiser(new Dictionary<string, int> { ["Kevin"] = 1, ["Anderlecht"] = 2, ["Abu Bakr"] = 3, ["Abu"] = 4 });
        const string text = "Kevin's flat in Anderlecht; Abu Bakr and Abu met Kevinson.";

        var masked = sut.Mask(text);

        Assert.Equal("[Name1]'s flat in [Name2]; [Name3] and [Name4] met Kevinson.", masked);
        Assert.Equal(text, sut.Restore(masked));
        Assert.Equal("Kevin left", sut.Restore("Name1 left")); // brackets dropped by the model
    }

    [Fact]
    public void LoadOrExtend_NewNames_KeepEarlierNumbers()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "llm", "pseudonyms.json");
        Pseudonymiser.LoadOrExtend(path, ["Kevin", "Yassine"]);

        var sut = Pseudonymiser.LoadOrExtend(path, ["Anderlecht", "Kevin"]);

        Assert.Equal("[Name1] [Name2] [Name3]", sut.Mask("Kevin Yassine Anderlecht"));
    }
}
