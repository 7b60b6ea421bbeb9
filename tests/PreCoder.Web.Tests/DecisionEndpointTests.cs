using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PreCoder.Application.Workspace;

namespace PreCoder.Web.Tests;

[Collection(WorkspaceCollection.Name)]
public sealed class DecisionEndpointTests(WorkspaceFixture workspace)
{
    [BrowserFact]
    public async Task Decide_BodyNamingAnotherCoder_IsRefusedAndWritesNothing()
    {
        var (context, page) = await workspace.SignedInAsync("mallory");
        await using var _ = context;
        var variable = await FirstScoredVariableAsync();
        var before = await CountAsync();

        var forged = await PostAsync(page, new { variable, kind = "Score", score = "0", expectedLatestDecisionId = 0, coder = WorkspaceFixture.OtherCoder }, withToken: true);

        Assert.Equal(403, forged.Status);
        Assert.Equal(before, await CountAsync());
    }

    [BrowserFact]
    public async Task Decide_WithoutAntiforgeryToken_IsRefused()
    {
        var (context, page) = await workspace.SignedInAsync("mallory");
        await using var _ = context;
        var before = await CountAsync();

        var response = await PostAsync(page, new { variable = await FirstScoredVariableAsync(), kind = "Score", score = "1", expectedLatestDecisionId = 0 }, withToken: false);

        Assert.Equal(400, response.Status);
        Assert.Contains("antiforgery", await response.TextAsync());
        Assert.Equal(before, await CountAsync());
    }

    [BrowserFact]
    public async Task Decide_OwnDecisionWithToken_IsRecordedAsTheSignedInCoder()
    {
        var (context, page) = await workspace.SignedInAsync("mallory");
        await using var _ = context;
        var variable = await FirstScoredVariableAsync();
        var othersBefore = await CountAsync();

        var response = await PostAsync(page, new { variable, kind = "Score", score = "1", expectedLatestDecisionId = 0 }, withToken: true);

        Assert.Equal(200, response.Status);
        using var json = JsonDocument.Parse(await response.TextAsync());
        Assert.Equal("1", json.RootElement.GetProperty("mine").GetProperty("score").GetString());
        Assert.Equal("mallory", json.RootElement.GetProperty("mine").GetProperty("coder").GetString());
        Assert.Equal(othersBefore, await CountAsync());

        var stale = await PostAsync(page, new { variable, kind = "Score", score = "2", expectedLatestDecisionId = 0 }, withToken: true);
        Assert.Equal(409, stale.Status);
    }

    private static Task<IAPIResponse> PostAsync(IPage page, object body, bool withToken) =>
        ApiCalls.PostAsync(page, $"/api/interviews/{WorkspaceFixture.Interview}/decisions", body, withToken);

    /// <summary>A 0..3 variable the other coder has scored: one they could be impersonated on.</summary>
    private async Task<string> FirstScoredVariableAsync()
    {
        var view = await new InterviewWorkspace(workspace.Session).LoadAsync(WorkspaceFixture.OtherCoder, WorkspaceFixture.Interview, default);
        return view.Variables.First(v => v.Mine is not null && v.Levels.Select(l => l.Value).SequenceEqual(["0", "1", "2", "3"])).Id;
    }

    private async Task<int> CountAsync()
    {
        await using var db = workspace.Session.CreateDb();
        return await db.Decisions.CountAsync(d => d.CoderId == WorkspaceFixture.OtherCoder);
    }
}
