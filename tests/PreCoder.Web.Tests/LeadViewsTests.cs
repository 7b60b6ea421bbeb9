using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PreCoder.Application.Codebooks;
using PreCoder.Application.Coding;
using PreCoder.Application.Decisions;
using PreCoder.Application.Workspace;
using PreCoder.Store.Reading;

namespace PreCoder.Web.Tests;

[Collection(WorkspaceCollection.Name)]
public sealed class LeadViewsTests(WorkspaceFixture workspace)
{
    [BrowserFact]
    public async Task Reconcile_LeadSetsConsensus_RecordedAsConsensusCoder()
    {
        var codes = new InterviewWorkspace(workspace.Session);
        var view = await codes.LoadAsync(WorkspaceFixture.OtherCoder, WorkspaceFixture.Interview, default);
        var variable = view.Variables.First(v => v.Mine is { Score: "3" } && v.Levels.Count == 4);
        await codes.DecideAsync("riley", new WorkspaceDecision(WorkspaceFixture.Interview, variable.Id, DecisionKind.Score, 0) { Score = "1" }, default);
        var (context, page) = await workspace.SignedInAsync(WorkspaceFixture.OtherCoder);
        await using var _ = context;

        await page.GotoAsync($"/reconcile/{WorkspaceFixture.Interview}");
        var card = page.Locator($"#r-{variable.Id}");
        await card.WaitForAsync();
        Assert.Equal("1", await card.Locator(".coder-code[data-coder=riley] .score").TextContentAsync());
        Assert.Equal("3", await card.Locator($".coder-code[data-coder={WorkspaceFixture.OtherCoder}] .score").TextContentAsync());
        await card.Locator("button.level[data-value='2']").ClickAsync();
        await page.WaitForFunctionAsync("id => document.querySelector('#r-' + CSS.escape(id) + ' .consensus-score')?.textContent === '2'", variable.Id);

        await using var db = workspace.Session.CreateDb();
        IReadOnlyList<PreCoder.Core.Coding.CodeRecord> consensus;
        await using (var reader = await StudyReader.OverAsync(db, default))
        {
            consensus = await new CodesExporter(reader, await StudyCodebook.LoadAsync(reader, default)).CollectAsync("consensus", default);
        }
        var code = Assert.Single(consensus);
        Assert.Equal((variable.Id, 2.0), (code.VariableId, code.Score.Value));
        var decided = await db.Decisions.AsNoTracking().Where(d => d.CoderId == "consensus").OrderBy(d => d.Id).LastAsync();
        Assert.Equal(($"reconciliation by {WorkspaceFixture.OtherCoder}", null), (decided.Source, decided.Note));
    }

    [BrowserFact]
    public async Task LeadPagesAndEndpoints_Coder_AreForbidden()
    {
        var (context, page) = await workspace.SignedInAsync("jonas");
        await using var _ = context;

        Assert.Equal(403, (await page.GotoAsync($"/reconcile/{WorkspaceFixture.Interview}"))!.Status);
        Assert.Equal(403, (await page.GotoAsync("/payoff"))!.Status);
        Assert.Equal(403, (await page.Context.APIRequest.GetAsync($"/api/interviews/{WorkspaceFixture.Interview}/reconciliation")).Status);
        Assert.Equal(403, (await page.Context.APIRequest.GetAsync("/api/payoff.csv")).Status);
        var consensus = await page.Context.APIRequest.PostAsync($"/api/interviews/{WorkspaceFixture.Interview}/consensus",
            new APIRequestContextOptions { DataObject = new { variable = "vul_poverty", kind = "Score", score = "1" } });
        Assert.Equal(403, consensus.Status);
    }

    /// <summary>One suggestion accepted, one changed by a point, one marked missing: the table and its CSV say exactly that.</summary>
    [BrowserFact]
    public async Task Payoff_CoderAnsweredThreeSuggestions_CountedByOutcome()
    {
        var codes = new InterviewWorkspace(workspace.Session);
        var suggested = (await codes.LoadAsync("paige", WorkspaceFixture.Interview, default)).Variables
            .Where(v => v.Suggestion is not null && v.Levels.Count == 4).Take(3).ToArray();
        await codes.DecideAsync("paige", new WorkspaceDecision(WorkspaceFixture.Interview, suggested[0].Id, DecisionKind.Accept, 0), default);
        var oneOff = suggested[1].Suggestion!.Score == "0" ? "1" : (int.Parse(suggested[1].Suggestion!.Score) - 1).ToString();
        await codes.DecideAsync("paige", new WorkspaceDecision(WorkspaceFixture.Interview, suggested[1].Id, DecisionKind.Score, 0) { Score = oneOff }, default);
        await codes.DecideAsync("paige", new WorkspaceDecision(WorkspaceFixture.Interview, suggested[2].Id, DecisionKind.Missing, 0) { MissingReason = "not explored" }, default);
        var (context, page) = await workspace.SignedInAsync(WorkspaceFixture.OtherCoder);
        await using var _ = context;

        var csv = await (await page.Context.APIRequest.GetAsync("/api/payoff.csv")).TextAsync();
        await page.GotoAsync("/payoff");

        Assert.StartsWith("coder,variable,answered,unchanged,changed_by_1,changed_by_more,missing,rejected", csv);
        Assert.True(csv.Split('\n').Select(l => l.TrimEnd('\r')).Contains("paige,*,3,1,1,0,1,0"), csv);
        Assert.Contains("33%", await page.Locator("#payoff-by-coder tr[data-coder=paige] .unchanged").TextContentAsync());
    }
}
