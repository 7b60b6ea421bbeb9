using Microsoft.Playwright;
using PreCoder.Application.Codebooks;
using PreCoder.Application.Coding;
using PreCoder.Store.Reading;

namespace PreCoder.Web.Tests;

[Collection(WorkspaceCollection.Name)]
public sealed class InterviewPageTests(WorkspaceFixture workspace)
{
    /// <summary>
    /// The coder's day in one test: accept a suggestion, change a score and mark a variable missing with the keyboard
    /// only, reload, and find all three on the page, in the trail and in <c>codes export</c>.
    /// </summary>
    [BrowserFact]
    public async Task KeyboardDecisions_AcceptScoreMissing_PersistAcrossReloadAndExport()
    {
        var (context, page) = await workspace.SignedInAsync("jonas");
        await using var _ = context;
        await WorkspaceFixture.OpenInterviewAsync(page);

        var accepted = await SelectNextAsync(page, withSuggestion: true);
        var suggested = await page.TextContentAsync($"#v-{accepted} .suggested-score");
        await page.Keyboard.PressAsync("a");
        await ExpectScoreAsync(page, accepted, suggested!);

        var changed = await SelectNextAsync(page, withSuggestion: true);
        var suggestion = await page.TextContentAsync($"#v-{changed} .suggested-score");
        var other = await page.Locator($"#v-{changed} .level").EvaluateAllAsync<string[][]>("els => els.map(e => [e.dataset.value, e.dataset.key])");
        var pick = other.First(level => level[0] != suggestion);
        await page.Keyboard.PressAsync(pick[1]);
        await ExpectScoreAsync(page, changed, pick[0]);

        var missing = await SelectNextAsync(page, withSuggestion: false);
        await page.Keyboard.PressAsync("m");
        await page.WaitForSelectorAsync($"#v-{missing} .missing-reasons");
        await page.Keyboard.PressAsync("1");
        await ExpectScoreAsync(page, missing, "missing");

        await ScreenshotAsync(page);
        await page.ReloadAsync();
        await page.WaitForSelectorAsync(".variable.selected");

        Assert.Equal(suggested, await page.TextContentAsync($"#v-{accepted} .my-score"));
        Assert.Equal(pick[0], await page.TextContentAsync($"#v-{changed} .my-score"));
        Assert.Equal("missing", await page.TextContentAsync($"#v-{missing} .my-score"));
        Assert.Contains("interview cut short", await page.TextContentAsync($"#v-{missing} .missing-reason"));

        await using var db = workspace.Session.CreateDb();
        await using var reader = await StudyReader.OverAsync(db, default);
        var codebook = await StudyCodebook.LoadAsync(reader, default);
        var codes = (await new CodesExporter(reader, codebook).CollectAsync("jonas", default))
            .ToDictionary(c => c.VariableId, c => codebook.Codebook.Find(c.VariableId)!.Scale.Format(c.Score));
        Assert.Equal(3, codes.Count);
        Assert.Equal(suggested, codes[accepted]);
        Assert.Equal(pick[0], codes[changed]);
        Assert.Equal("missing:interview cut short", codes[missing]);
        var exported = await CliRunner.RunAsync("codes", "export", "--coder", "jonas", "--study", workspace.Study);
        Assert.Equal(0, exported.ExitCode);
        Assert.Contains($"{WorkspaceFixture.Interview},,{accepted},jonas,{suggested},", exported.Stdout);
        Assert.Contains($"{WorkspaceFixture.Interview},,{changed},jonas,{pick[0]},", exported.Stdout);
        Assert.Contains($"{WorkspaceFixture.Interview},,{missing},jonas,missing:interview cut short,", exported.Stdout);
    }

    [BrowserFact]
    public async Task Quote_Selected_IsHighlightedInTheTranscript()
    {
        var (context, page) = await workspace.SignedInAsync("mallory");
        await using var _ = context;
        await WorkspaceFixture.OpenInterviewAsync(page);
        var variable = await SelectNextAsync(page, withSuggestion: true, withEvidence: true);
        var quote = (await page.TextContentAsync($"#v-{variable} .suggestion button.quote"))!.Trim('“', '”');

        await page.Keyboard.PressAsync("e");

        var mark = page.Locator(".transcript mark#highlight");
        await mark.WaitForAsync();
        Assert.Equal(quote, await mark.TextContentAsync());
        Assert.True(await mark.IsVisibleAsync());
    }

    [BrowserFact]
    public async Task Filters_ConfidenceBandAndUndecidedOnly_ShowOnlyMatchingVariables()
    {
        var (context, page) = await workspace.SignedInAsync("paige");
        await using var _ = context;
        await WorkspaceFixture.OpenInterviewAsync(page);
        var all = await page.Locator(".variable").CountAsync();
        await SelectNextAsync(page, withSuggestion: true);
        await page.Keyboard.PressAsync((await page.Locator(".variable.selected .level").First.GetAttributeAsync("data-key"))!);
        await page.Locator(".variable.decided").First.WaitForAsync();

        await page.Keyboard.PressAsync("u");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.variable.decided:not(.selected)').length === 0");
        await page.SelectOptionAsync("#band-filter", "medium");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.variable')].every(v => v.querySelector('.confidence.band-medium'))");

        var shown = await page.Locator(".variable").CountAsync();
        Assert.InRange(shown, 1, all - 1);
    }

    /// <summary>
    /// Moves down with j from the selected variable to the first one that fits (has levels, is not coded yet, and has
    /// a suggestion or evidence when asked), pressing j as often as needed, and returns its id.
    /// </summary>
    internal static async Task<string> SelectNextAsync(IPage page, bool withSuggestion, bool withEvidence = false)
    {
        var found = await page.EvaluateAsync<System.Text.Json.JsonElement>(
            """
            ([suggestion, evidence]) => {
              const cards = [...document.querySelectorAll('.variable')];
              const from = cards.findIndex(c => c.classList.contains('selected'));
              for (let i = from; i < cards.length; i++) {
                const c = cards[i].dataset;
                if (c.levels !== '0' && !cards[i].querySelector('.my-score') && (!suggestion || c.suggested === 'yes') && (!evidence || c.quotes !== '0'))
                  return { steps: i - from, variable: c.variable };
              }
              return { steps: -1, variable: '' };
            }
            """, new[] { withSuggestion, withEvidence });
        var steps = found.GetProperty("steps").GetInt32();
        var target = found.GetProperty("variable").GetString()!;
        Assert.True(steps >= 0, "no variable fits");
        for (var i = 0; i < steps; i++)
        {
            await page.Keyboard.PressAsync("j");
        }
        try
        {
            await page.WaitForFunctionAsync("id => document.querySelector('.variable.selected')?.dataset.variable === id", target, new() { Timeout = 10000 });
        }
        catch (TimeoutException)
        {
            var now = await page.EvaluateAsync<string>("() => document.querySelector('.variable.selected')?.dataset.variable + ' ' + [...document.querySelectorAll('.variable')].map(c => c.dataset.variable).join(',')");
            throw new Xunit.Sdk.XunitException($"pressed j {steps} times for {target}; selected now {now}");
        }
        return target;
    }

    internal static async Task ExpectScoreAsync(IPage page, string variable, string score) =>
        await page.WaitForFunctionAsync(
            "([id, score]) => document.querySelector('#v-' + CSS.escape(id) + ' .my-score')?.textContent === score",
            new[] { variable, score });

    /// <summary>
    /// The README's picture of the workspace, with a quote highlighted. Written over docs/workspace.png only when
    /// PRECODER_UPDATE_SCREENSHOT=1: otherwise every test run left the checkout changed (the pixels differ run to run).
    /// </summary>
    private static async Task ScreenshotAsync(IPage page)
    {
        await SelectNextAsync(page, withSuggestion: true, withEvidence: true);
        await page.Keyboard.PressAsync("e");
        await page.Locator(".transcript mark#highlight").WaitForAsync();
        var update = Environment.GetEnvironmentVariable("PRECODER_UPDATE_SCREENSHOT") == "1";
        var path = update ? RepoPaths.Combine("docs", "workspace.png") : Path.Combine(Path.GetTempPath(), $"precoder-workspace-{Environment.ProcessId}.png");
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        if (!update)
        {
            File.Delete(path);
        }
    }
}
