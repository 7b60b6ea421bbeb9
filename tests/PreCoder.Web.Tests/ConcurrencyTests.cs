using Microsoft.EntityFrameworkCore;
using PreCoder.Application.Codebooks;
using PreCoder.Core.Coding;

namespace PreCoder.Web.Tests;

[Collection(WorkspaceCollection.Name)]
public sealed class ConcurrencyTests(WorkspaceFixture workspace)
{
    /// <summary>
    /// Two tabs show the same variable; the first saves, the second (now stale) gets one conflict message and keeps its
    /// change, which <c>r</c> then applies: the trail holds both decisions, nothing overwritten unseen, nothing lost.
    /// </summary>
    [BrowserFact]
    public async Task TwoTabs_SameVariable_OneConflictMessageAndNoLostDecision()
    {
        var (context, first) = await workspace.SignedInAsync("tabs");
        await using var _ = context;
        var second = await context.NewPageAsync();
        await WorkspaceFixture.OpenInterviewAsync(first);
        await WorkspaceFixture.OpenInterviewAsync(second);
        var variable = await InterviewPageTests.SelectNextAsync(first, withSuggestion: false);
        await InterviewPageTests.SelectNextAsync(second, withSuggestion: false);
        var keys = await first.Locator($"#v-{variable} .level").EvaluateAllAsync<string[][]>("els => els.map(e => [e.dataset.value, e.dataset.key])");

        await first.Keyboard.PressAsync(keys[0][1]);
        await InterviewPageTests.ExpectScoreAsync(first, variable, keys[0][0]);
        await second.Keyboard.PressAsync(keys[1][1]);
        await second.Locator("#status.conflict").WaitForAsync();

        Assert.Equal(1, await second.Locator(".conflict").CountAsync());
        Assert.Equal(0, await first.Locator(".conflict").CountAsync());
        Assert.Contains("press r", await second.TextContentAsync("#status"));
        Assert.Equal([keys[0][0]], await TrailAsync(variable));

        await second.Keyboard.PressAsync("r");
        await InterviewPageTests.ExpectScoreAsync(second, variable, keys[1][0]);

        Assert.Equal([keys[0][0], keys[1][0]], await TrailAsync(variable));
        Assert.Equal(0, await second.Locator(".conflict").CountAsync());
    }

    private async Task<string[]> TrailAsync(string variable)
    {
        await using var db = workspace.Session.CreateDb();
        var scale = (await StudyCodebook.LoadAsync(db, default)).Codebook.Find(variable)!.Scale;
        var trail = await db.Decisions.AsNoTracking()
            .Where(d => d.CoderId == "tabs" && d.InterviewId == WorkspaceFixture.Interview && d.VariableId == variable && d.Action != DecisionAction.Note)
            .OrderBy(d => d.Id).ToListAsync();
        return trail.Select(d => scale.Format(d.Score)).ToArray();
    }
}
