using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Coding;

namespace PreCoder.Web.Tests;

/// <summary>Typed values for variables without fixed levels: numbers checked against their scale, open lists refused with the reason.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class ValueEntryTests(WorkspaceFixture workspace)
{
    private const string Age = "dem_age_joined";
    private const string Nationality = "dem_nationality";

    [BrowserFact]
    public async Task NumericValue_OffScaleThenOnScale_RefusedWithReasonThenSaved()
    {
        var (context, page) = await workspace.SignedInAsync("vera");
        await using var _ = context;
        await WorkspaceFixture.OpenInterviewAsync(page);
        await SelectAsync(page, Age);
        Assert.Contains("a number from 0 to 100", await page.TextContentAsync($"#v-{Age} .entry-hint"));

        await page.Keyboard.PressAsync("1");
        await page.WaitForSelectorAsync("#score-input");
        Assert.Equal("1", await page.InputValueAsync("#score-input"));
        await page.FillAsync("#score-input", "150");
        await page.PressAsync("#score-input", "Enter");
        await page.WaitForSelectorAsync("#status.error");
        Assert.Contains("150 is outside scale years (0..100)", await page.TextContentAsync("#status"));
        Assert.Equal("150", await page.InputValueAsync("#score-input"));

        await page.FillAsync("#score-input", "abc");
        await page.PressAsync("#score-input", "Enter");
        await page.WaitForFunctionAsync("() => document.getElementById('status').textContent.includes(\"'abc' is not a number\")");
        Assert.Equal(0, await page.Locator($"#v-{Age} .my-score").CountAsync());

        await page.FillAsync("#score-input", "17");
        await page.PressAsync("#score-input", "Enter");
        await InterviewPageTests.ExpectScoreAsync(page, Age, "17");

        await using var db = workspace.Session.CreateDb();
        var trail = await db.Decisions.AsNoTracking().Where(d => d.CoderId == "vera" && d.VariableId == Age).ToListAsync();
        Assert.Equal(17, Assert.Single(trail).Value);
    }

    [BrowserFact]
    public async Task OpenList_DigitOrTypedLabel_RefusedSayingCodesCannotHoldIt()
    {
        var (context, page) = await workspace.SignedInAsync("vera");
        await using var _ = context;
        await WorkspaceFixture.OpenInterviewAsync(page);
        await SelectAsync(page, Nationality);
        Assert.Contains("open list", await page.TextContentAsync($"#v-{Nationality} .entry-hint"));
        Assert.Equal(0, await page.Locator($"#v-{Nationality} .enter-score").CountAsync());

        await page.Keyboard.PressAsync("1");

        await page.WaitForSelectorAsync("#status.error");
        Assert.Contains("open list", await page.TextContentAsync("#status"));
        Assert.Equal(0, await page.Locator("#score-input").CountAsync());

        // A script posting a label gets the same reason, and nothing is recorded.
        var posted = await ApiCalls.PostAsync(page, $"/api/interviews/{WorkspaceFixture.Interview}/decisions",
            new { variable = Nationality, kind = "Score", score = "Iraqi", expectedLatestDecisionId = 0 }, withToken: true);
        Assert.Equal(400, posted.Status);
        Assert.Contains("open list of labels", await posted.TextAsync());
        await using var db = workspace.Session.CreateDb();
        Assert.False(await db.Decisions.AnyAsync(d => d.CoderId == "vera" && d.VariableId == Nationality && d.Action != DecisionAction.Note));
    }

    /// <summary>Selects a variable with the mouse: the demographics are far down the list for j.</summary>
    private static async Task SelectAsync(Microsoft.Playwright.IPage page, string variable)
    {
        await page.ClickAsync($"#v-{variable} h3");
        await page.WaitForSelectorAsync($"#v-{variable}.selected");
    }
}
