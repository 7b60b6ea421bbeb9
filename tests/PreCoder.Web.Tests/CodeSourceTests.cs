using PreCoder.Application.Coding;
using PreCoder.Application.Decisions;
using PreCoder.Application.Workspace;

namespace PreCoder.Web.Tests;

[Collection(WorkspaceCollection.Name)]
public sealed class CodeSourceTests(WorkspaceFixture workspace)
{
    [BrowserFact]
    public async Task ImportedCode_ShowsTheFileItCameFrom_UntilTheCoderDecidesByHand()
    {
        var codes = new InterviewWorkspace(workspace.Session);
        var variable = (await codes.LoadAsync("imogen", WorkspaceFixture.Interview, default)).Variables.First(v => v.Levels.Select(l => l.Value).SequenceEqual(["0", "1", "2", "3"]));
        var file = workspace.Dir.Sub("imogen-codes.csv");
        await File.WriteAllTextAsync(file, $"interview,passage,variable,coder,score,evidence\n{WorkspaceFixture.Interview},,{variable.Id},imogen,2,\n");
        await CodesImporter.ImportAsync(workspace.Session, file, default);

        var imported = (await codes.LoadAsync("imogen", WorkspaceFixture.Interview, default)).Variables.Single(v => v.Id == variable.Id);
        Assert.Equal(("2", "imogen-codes.csv"), (imported.Mine!.Score, imported.Mine.Source));
        Assert.Null(imported.Note);
        var (context, page) = await workspace.SignedInAsync("imogen");
        await using var _ = context;
        await WorkspaceFixture.OpenInterviewAsync(page);
        Assert.Equal("from imogen-codes.csv", (await page.Locator($"#v-{variable.Id} .code-source").TextContentAsync())!.Trim());

        var decided = await codes.DecideAsync("imogen", new WorkspaceDecision(WorkspaceFixture.Interview, variable.Id, DecisionKind.Score, imported.LatestDecisionId) { Score = "3" }, default);

        Assert.Equal(("3", null), (decided.Mine!.Score, decided.Mine.Source));
    }
}
