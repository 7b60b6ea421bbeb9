using System.Globalization;
using Microsoft.Playwright;
using PreCoder.Application.Workspace;

namespace PreCoder.Web.Tests;

/// <summary>The interview's recording: served in byte ranges to signed-in coders only, and played from transcript times and quotes.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class RecordingTests(WorkspaceFixture workspace)
{
    private string RecordingUrl(string interview = WorkspaceFixture.Interview) => $"/api/interviews/{interview}/recording";

    [BrowserFact]
    public async Task Recording_RangeRequest_Returns206WithThoseBytes()
    {
        var (context, _) = await workspace.SignedInAsync("pia");
        await using var __ = context;
        var file = await File.ReadAllBytesAsync(workspace.Recording);

        var response = await context.APIRequest.GetAsync(RecordingUrl(), new() { Headers = new Dictionary<string, string> { ["Range"] = "bytes=100000-100999" } });

        Assert.Equal(206, response.Status);
        Assert.Equal($"bytes 100000-100999/{file.Length}", response.Headers["content-range"]);
        Assert.Equal("audio/wav", response.Headers["content-type"]);
        Assert.Equal(file.AsSpan(100000, 1000).ToArray(), await response.BodyAsync());
    }

    [BrowserFact]
    public async Task Recording_OpenEndedRangeAndWholeFile_AreServed()
    {
        var (context, _) = await workspace.SignedInAsync("pia");
        await using var __ = context;
        var file = await File.ReadAllBytesAsync(workspace.Recording);

        var tail = await context.APIRequest.GetAsync(RecordingUrl(), new() { Headers = new Dictionary<string, string> { ["Range"] = $"bytes={file.Length - 10}-" } });
        var whole = await context.APIRequest.GetAsync(RecordingUrl());

        Assert.Equal(206, tail.Status);
        Assert.Equal(file[^10..], await tail.BodyAsync());
        Assert.Equal(200, whole.Status);
        Assert.Equal("bytes", whole.Headers["accept-ranges"]);
        Assert.Equal(file.Length, (await whole.BodyAsync()).Length);
    }

    [BrowserFact]
    public async Task Recording_RangeBeyondTheEnd_Is416()
    {
        var (context, _) = await workspace.SignedInAsync("pia");
        await using var __ = context;
        var length = new FileInfo(workspace.Recording).Length;

        var response = await context.APIRequest.GetAsync(RecordingUrl(), new() { Headers = new Dictionary<string, string> { ["Range"] = $"bytes={length + 10}-{length + 20}" } });

        Assert.Equal(416, response.Status);
    }

    [BrowserFact]
    public async Task Recording_InterviewWithoutOne_Is404AndPageHasNoPlayer()
    {
        var (context, page) = await workspace.SignedInAsync("pia");
        await using var __ = context;

        var response = await context.APIRequest.GetAsync(RecordingUrl("int10"));
        var unknown = await context.APIRequest.GetAsync(RecordingUrl("no-such-interview"));
        await WorkspaceFixture.OpenInterviewAsync(page, "int10");

        Assert.Equal(404, response.Status);
        Assert.Equal(404, unknown.Status);
        Assert.Equal(0, await page.Locator("#player").CountAsync());
        Assert.Equal(0, await page.Locator(".passage [data-seek]").CountAsync());
    }

    [BrowserFact]
    public async Task Player_TranscriptTimeClicked_SeeksTheRecordingThere()
    {
        var (context, page) = await workspace.SignedInAsync("pia");
        await using var __ = context;
        await WorkspaceFixture.OpenInterviewAsync(page);
        Assert.EndsWith(RecordingUrl(), await page.EvaluateAsync<string>("() => document.getElementById('player').src"));

        // The third timed passage, so that a player left at 0 or at the first time cannot pass.
        var time = page.Locator(".passage [data-seek]").Nth(2);
        var seconds = double.Parse((await time.GetAttributeAsync("data-seek"))!, CultureInfo.InvariantCulture);
        Assert.True(seconds > 10, $"third passage starts at {seconds}s");
        await time.ClickAsync();

        // It plays from there (where headless chromium can play), so it may have moved on a little.
        await WaitForPlayerAtAsync(page, seconds, ahead: 3);
    }

    [BrowserFact]
    public async Task Player_QuoteShown_WaitsAtTheQuotesTime()
    {
        var (context, page) = await workspace.SignedInAsync("pia");
        await using var __ = context;
        await WorkspaceFixture.OpenInterviewAsync(page);
        var variable = await InterviewPageTests.SelectNextAsync(page, withSuggestion: true, withEvidence: true);
        var view = await new InterviewWorkspace(workspace.Session).LoadAsync("pia", WorkspaceFixture.Interview, default);
        var quote = view.Variables.Single(v => v.Id == variable).Suggestion!.Evidence[0];
        var expected = quote.StartTime ?? view.Passages.Single(p => p.Id == quote.PassageId).Start!.Value;

        await page.Keyboard.PressAsync("e");

        await page.Locator(".transcript mark#highlight").WaitForAsync();
        await WaitForPlayerAtAsync(page, expected, ahead: 0.5);
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('player').paused"), "showing a quote must not start playing");
    }

    private static async Task WaitForPlayerAtAsync(IPage page, double seconds, double ahead)
    {
        try
        {
            await page.WaitForFunctionAsync(
                "([s, ahead]) => { const t = document.getElementById('player').currentTime; return t > s - 0.5 && t < s + ahead; }",
                new[] { seconds, ahead }, new() { Timeout = 10000 });
        }
        catch (TimeoutException)
        {
            var at = await page.EvaluateAsync<double>("() => document.getElementById('player').currentTime");
            throw new Xunit.Sdk.XunitException($"player at {at}s, expected {seconds}s");
        }
    }
}
