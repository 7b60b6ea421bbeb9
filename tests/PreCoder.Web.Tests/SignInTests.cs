using Microsoft.EntityFrameworkCore;

namespace PreCoder.Web.Tests;

[Collection(WorkspaceCollection.Name)]
public sealed class SignInTests(WorkspaceFixture workspace)
{
    [BrowserFact]
    public async Task SignIn_WrongPasswordFiveTimes_LocksOutEvenTheRightPassword()
    {
        await using var context = await workspace.Browser!.NewContextAsync(new() { BaseURL = workspace.Address.ToString() });
        var page = await context.NewPageAsync();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await TryAsync(page, "locky", $"wrong-password-{attempt}");
            var problem = await page.TextContentAsync("#signin-problem");
            Assert.Contains(attempt < 5 ? "wrong" : "locked", problem);
            Assert.DoesNotContain("locky", page.Url);
        }

        await TryAsync(page, "locky", WorkspaceFixture.Password);

        Assert.Contains("locked", await page.TextContentAsync("#signin-problem"));
        Assert.Equal(0, await page.Locator("#signed-in-as").CountAsync());
        await using var db = workspace.Session.CreateDb();
        var row = await db.Coders.AsNoTracking().SingleAsync(c => c.Id == "locky");
        Assert.True(row.LockoutEnd > DateTimeOffset.UtcNow);
    }

    [BrowserFact]
    public async Task SignOut_SignedIn_EndsTheSession()
    {
        var (context, page) = await workspace.SignedInAsync("jonas");
        await using var _ = context;
        await page.ClickAsync("#sign-out");
        // Commit, not load: the test is about where the next request ends up, and once (in a full run, both cores busy)
        // chromium never reported the sign-in page's load event within 30 s although the page had arrived.
        await page.WaitForURLAsync("**/signin", new() { WaitUntil = Microsoft.Playwright.WaitUntilState.Commit });

        var response = await page.GotoAsync("/");

        Assert.Contains("/signin", response!.Url);
    }

    private static async Task TryAsync(Microsoft.Playwright.IPage page, string name, string password)
    {
        await page.GotoAsync("/signin");
        await page.FillAsync("#name", name);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#sign-in");
        // The fresh sign-in page has neither: wait for the page the form post leads to, not the one it left.
        await page.WaitForSelectorAsync("#signin-problem, #signed-in-as");
    }
}
