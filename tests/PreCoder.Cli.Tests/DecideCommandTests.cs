using System.Globalization;
using PreCoder.Core.Coding;

namespace PreCoder.Cli.Tests;

public sealed class DecideCommandTests(PrecodedStudyFixture fixture) : IClassFixture<PrecodedStudyFixture>
{
    private string Study => fixture.Study;

    private Task<CliRunner.Result> Decide(string coder, string variable, params string[] action) =>
        CliRunner.RunAsync(["decide", "--study", Study, "--coder", coder, "--interview", "int01", "--variable", variable, .. action]);

    [Fact]
    public async Task Accept_RecordsTheSuggestionItAnswersWithItsEvidence_AndARepeatRecordsNothing()
    {
        var suggestion = (await StudyData.PresentSuggestionsAsync(Study, "int01"))[0];
        var first = await Decide("dec-accept", suggestion.VariableId, "--accept");
        Assert.True(first.ExitCode == 0, first.Stderr);
        var again = await Decide("dec-accept", suggestion.VariableId, "--accept");
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Contains("unchanged", again.Stdout);

        var decision = Assert.Single(await StudyData.DecisionsAsync(Study, "dec-accept"));
        Assert.Equal(DecisionAction.Accept, decision.Action);
        Assert.Equal(suggestion.Value, decision.Value);
        Assert.Equal(suggestion.Id, decision.SuggestionId);
        Assert.Equal(suggestion.ModelVersion, decision.SuggestionModelVersion);
        Assert.Null(decision.PreviousValue);
        Assert.Equal(suggestion.Evidence.Select(e => e.Text), decision.Evidence.Select(e => e.Text));
    }

    [Fact]
    public async Task ScoreThenMissing_KeepsTheValueBeforeEachAndEndsMissingInCodesExport()
    {
        var suggestion = (await StudyData.PresentSuggestionsAsync(Study, "int01"))[1];
        var other = suggestion.Value == 1 ? "2" : "1";
        Assert.Equal(0, (await Decide("dec-edit", suggestion.VariableId, "--score", other)).ExitCode);
        var missing = await Decide("dec-edit", suggestion.VariableId, "--missing", "interview cut short", "--note", "tape ends at 40 min");
        Assert.True(missing.ExitCode == 0, missing.Stderr);

        var trail = await StudyData.DecisionsAsync(Study, "dec-edit");
        Assert.Equal([DecisionAction.Edit, DecisionAction.MarkMissing], trail.Select(d => d.Action));
        Assert.Equal(double.Parse(other, CultureInfo.InvariantCulture), trail[0].Value);
        Assert.Equal(suggestion.Id, trail[0].SuggestionId);
        Assert.Equal(trail[0].Value, trail[1].PreviousValue);
        Assert.Equal("interview cut short", trail[1].MissingReason);
        Assert.Equal("tape ends at 40 min", trail[1].Note);

        var export = await SampleStudy.Ok("codes", "export", "--study", Study, "--coder", "dec-edit");
        Assert.Contains($"int01,,{suggestion.VariableId},dec-edit,missing:interview cut short", export.Stdout);
    }

    [Fact]
    public async Task Quotes_AddedMustBeInTheTranscript_AndCanBeRemoved()
    {
        var suggestion = (await StudyData.PresentSuggestionsAsync(Study, "int01"))[2];
        var passage = await StudyData.PassageTextAsync(Study, "int01", 3);
        var quote = passage.Substring(10, 40);
        Assert.Equal(0, (await Decide("dec-quote", suggestion.VariableId, "--accept")).ExitCode);
        var added = await Decide("dec-quote", suggestion.VariableId, "--quote", quote);
        Assert.True(added.ExitCode == 0, added.Stderr);
        var withQuote = (await StudyData.DecisionsAsync(Study, "dec-quote"))[^1];
        Assert.Contains(withQuote.Evidence, e => e.Text == quote);
        Assert.Equal(suggestion.Evidence.Count + 1, withQuote.Evidence.Count);

        var removed = await Decide("dec-quote", suggestion.VariableId, "--remove-quote", quote);
        Assert.True(removed.ExitCode == 0, removed.Stderr);
        var without = (await StudyData.DecisionsAsync(Study, "dec-quote"))[^1];
        Assert.DoesNotContain(without.Evidence, e => e.Text == quote);
        Assert.Equal(suggestion.Value, without.Value);
    }

    [Theory]
    [InlineData("--interview", "int99", "unknown interview 'int99'")]
    [InlineData("--variable", "no_such_variable", "unknown variable 'no_such_variable'")]
    [InlineData("--score", "7", "outside scale")]
    [InlineData("--quote", "words that were never said in this interview", "quote not found in the interview's transcript")]
    [InlineData("--coder", "machine:embedded", "is a machine coder")]
    public async Task BadInput_OneLineErrorExit3_NothingRecorded(string option, string value, string expected)
    {
        var variable = (await StudyData.PresentSuggestionsAsync(Study, "int01"))[0].VariableId;
        var args = new Dictionary<string, string> { ["--coder"] = "dec-bad", ["--interview"] = "int01", ["--variable"] = variable, ["--score"] = "1" };
        args[option] = value;
        var r = await CliRunner.RunAsync(["decide", "--study", Study, .. args.SelectMany(a => new[] { a.Key, a.Value })]);
        Assert.Equal(3, r.ExitCode);
        var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line);
        Assert.Empty(await StudyData.DecisionsAsync(Study, "dec-bad"));
    }

    [Fact]
    public async Task Accept_WithoutASuggestion_IsRefused()
    {
        // int03 was not pre-coded.
        var r = await CliRunner.RunAsync("decide", "--study", Study, "--coder", "dec-nosug", "--interview", "int03", "--variable", "vul_poverty", "--accept");
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("no suggestion to accept", r.Stderr);
    }

    [Theory]
    [InlineData("--accept", "--score", "2")]
    [InlineData("--reject", "--missing", "x")]
    public async Task TwoActions_UsageErrorExit2(params string[] actions)
    {
        var r = await Decide("dec-usage", "vul_poverty", actions);
        Assert.Equal(2, r.ExitCode);
        Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Two coders' processes deciding on the same study at the same moment: every decision is kept.</summary>
    [Fact]
    public async Task TwoProcessesDecidingAtOnce_LoseNothing()
    {
        var variables = (await StudyData.PresentSuggestionsAsync(Study, "int01")).Take(4).Select(s => s.VariableId).ToArray();
        var runs = await Task.WhenAll(variables.SelectMany(v => new[]
        {
            Decide("dec-con-a", v, "--accept"),
            Decide("dec-con-b", v, "--score", "0"),
        }));
        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.Stderr));
        Assert.Equal(variables.Length, (await StudyData.DecisionsAsync(Study, "dec-con-a")).Count);
        Assert.Equal(variables.Length, (await StudyData.DecisionsAsync(Study, "dec-con-b")).Count);
    }
}
