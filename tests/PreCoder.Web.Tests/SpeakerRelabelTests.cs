using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PreCoder.Application.Decisions;
using PreCoder.Application.Workspace;
using PreCoder.Core.Transcripts;

namespace PreCoder.Web.Tests;

/// <summary>Speakers renamed and given roles from the transcript view: passages rebuilt, coders' decisions and quotes kept.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class SpeakerRelabelTests(WorkspaceFixture workspace)
{
    private const string Interview = "int10";
    private const string Quote = "Mon père est parti quand j'avais six ans";

    [BrowserFact]
    public async Task Relabel_FromTranscriptView_RenamesSpeakerAndKeepsTheCodersQuote()
    {
        var codes = new InterviewWorkspace(workspace.Session);
        var before = await codes.LoadAsync("sam", Interview, default);
        var variable = before.Variables.First(v => v.Levels.Select(l => l.Value).SequenceEqual(["0", "1", "2", "3"]));
        await codes.DecideAsync("sam", new WorkspaceDecision(Interview, variable.Id, DecisionKind.Score, variable.LatestDecisionId) { Score = "2", AddQuotes = [Quote] }, default);
        var (context, page) = await workspace.SignedInAsync("sam");
        await using var _ = context;
        await WorkspaceFixture.OpenInterviewAsync(page, Interview);

        await page.ClickAsync("#speakers summary");
        var row = page.Locator(".speaker-row[data-speaker='Yassine']");
        await row.Locator(".speaker-label").FillAsync("Participant A");
        await row.Locator(".speaker-role").SelectOptionAsync("interviewee");
        await row.Locator("button.relabel").ClickAsync();

        await page.WaitForFunctionAsync("() => document.getElementById('status').textContent.startsWith('Relabelled')");
        var speakers = await page.Locator(".passage .speaker").EvaluateAllAsync<string[]>("els => els.map(e => e.firstChild.textContent.trim())");
        Assert.Contains("Participant A", speakers);
        Assert.DoesNotContain("Yassine", speakers);

        await page.ReloadAsync();
        await page.WaitForSelectorAsync(".variable.selected");
        Assert.Equal("2", await page.TextContentAsync($"#v-{variable.Id} .my-score"));
        Assert.Equal($"“{Quote}”", await page.TextContentAsync($"#v-{variable.Id} .my-quote button.quote"));

        await using var db = workspace.Session.CreateDb();
        var segments = await db.Segments.AsNoTracking().Where(s => s.InterviewId == Interview).ToListAsync();
        Assert.DoesNotContain(segments, s => s.Speaker == "Yassine");
        Assert.All(segments.Where(s => s.Speaker == "Participant A"), s => Assert.Equal(SpeakerRole.Interviewee, s.Role));
        var after = await codes.LoadAsync("sam", Interview, default);
        var quote = Assert.Single(after.Variables.Single(v => v.Id == variable.Id).Mine!.Evidence);
        var passage = after.Passages.Single(p => p.Id == quote.PassageId);
        Assert.Equal(Quote, passage.Text.Substring(quote.Start, quote.Length));
        Assert.Equal("Participant A", passage.Speaker);
        Assert.Equal(TrustFlags.None, quote.Flags & TrustFlags.Unanchored);
    }

    [BrowserFact]
    public async Task Relabel_UnknownSpeakerOrRole_Is400AndChangesNothing()
    {
        var (context, page) = await workspace.SignedInAsync("sam");
        await using var _ = context;
        var before = await InterviewersAsync();

        var unknownSpeaker = await ApiCalls.PostAsync(page, $"/api/interviews/{Interview}/speakers", new { speaker = "Nobody", label = "X", role = "interviewer" }, withToken: true);
        var unknownRole = await ApiCalls.PostAsync(page, $"/api/interviews/{Interview}/speakers", new { speaker = "Interviewer", label = "Q", role = "boss" }, withToken: true);
        var noToken = await ApiCalls.PostAsync(page, $"/api/interviews/{Interview}/speakers", new { speaker = "Interviewer", label = "Q", role = "interviewer" }, withToken: false);

        Assert.Equal(400, unknownSpeaker.Status);
        Assert.Contains("has no speaker 'Nobody'", Error(await unknownSpeaker.TextAsync()));
        Assert.Equal(400, unknownRole.Status);
        Assert.Contains("unknown role 'boss'", Error(await unknownRole.TextAsync()));
        Assert.Equal(400, noToken.Status);
        Assert.Contains("antiforgery", await noToken.TextAsync());
        Assert.Equal(before, await InterviewersAsync());
    }

    [BrowserFact]
    public async Task Relabel_LabelWithCommaAndEquals_IsKeptWhole()
    {
        var (context, page) = await workspace.SignedInAsync("sam");
        await using var _ = context;

        // The interviewer's segments come back to their label afterwards, so other tests see int10 as imported.
        var renamed = await ApiCalls.PostAsync(page, $"/api/interviews/{Interview}/speakers", new { speaker = "Interviewer", label = "Q=1, researcher", role = "interviewer" }, withToken: true);
        var count = await CountAsync("Q=1, researcher");
        var back = await ApiCalls.PostAsync(page, $"/api/interviews/{Interview}/speakers", new { speaker = "Q=1, researcher", label = "Interviewer", role = "interviewer" }, withToken: true);

        Assert.Equal(200, renamed.Status);
        using var json = JsonDocument.Parse(await renamed.TextAsync());
        Assert.Equal("Q=1, researcher", json.RootElement.GetProperty("speaker").GetString());
        Assert.Equal("interviewer", json.RootElement.GetProperty("role").GetString());
        Assert.True(count > 0);
        Assert.Equal(200, back.Status);
    }

    private async Task<int> InterviewersAsync() => await CountAsync("Interviewer");

    private async Task<int> CountAsync(string speaker)
    {
        await using var db = workspace.Session.CreateDb();
        return await db.Segments.CountAsync(s => s.InterviewId == Interview && s.Speaker == speaker && s.Role == SpeakerRole.Interviewer);
    }

    private static string Error(string body) => JsonDocument.Parse(body).RootElement.GetProperty("error").GetString()!;
}
