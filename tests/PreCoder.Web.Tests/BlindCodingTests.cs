using System.Text.Json;

namespace PreCoder.Web.Tests;

[Collection(WorkspaceCollection.Name)]
public sealed class BlindCodingTests(WorkspaceFixture workspace)
{
    /// <summary>
    /// A blind coder with suggestions hidden gets neither from the server, on the page or from the API, while a coder who
    /// is not blind sees both on the same interview (so the check is not passing on an empty study).
    /// </summary>
    [BrowserFact]
    public async Task BlindCoder_PageAndApi_CarryNoOtherCodesAndNoSuggestions()
    {
        var (seeingContext, seeing) = await workspace.SignedInAsync("jonas");
        await using var _ = seeingContext;
        await WorkspaceFixture.OpenInterviewAsync(seeing);
        Assert.True(await seeing.Locator($".other-code[data-coder={WorkspaceFixture.OtherCoder}]").CountAsync() > 0);
        Assert.True(await seeing.Locator(".suggestion").CountAsync() > 0);
        var seeingJson = await GetAsync(seeing, $"/api/interviews/{WorkspaceFixture.Interview}");
        Assert.Contains(WorkspaceFixture.OtherCoder, seeingJson);
        Assert.Contains("machine:", seeingJson);

        var (blindContext, blind) = await workspace.SignedInAsync(WorkspaceFixture.BlindCoder);
        await using var __ = blindContext;
        await WorkspaceFixture.OpenInterviewAsync(blind);

        Assert.Equal(0, await blind.Locator(".other-code").CountAsync());
        Assert.Equal(0, await blind.Locator(".suggestion").CountAsync());
        Assert.DoesNotContain(WorkspaceFixture.OtherCoder, await blind.ContentAsync());
        var interviewJson = await GetAsync(blind, $"/api/interviews/{WorkspaceFixture.Interview}");
        Assert.DoesNotContain(WorkspaceFixture.OtherCoder, interviewJson);
        Assert.DoesNotContain("machine:", interviewJson);
        using var view = JsonDocument.Parse(interviewJson);
        var variables = view.RootElement.GetProperty("categories").EnumerateArray().SelectMany(c => c.GetProperty("variables").EnumerateArray()).ToArray();
        Assert.NotEmpty(variables);
        Assert.All(variables, v =>
        {
            Assert.Equal(JsonValueKind.Null, v.GetProperty("suggestion").ValueKind);
            Assert.Equal(0, v.GetProperty("others").GetArrayLength());
        });
        var listJson = await GetAsync(blind, "/api/interviews");
        Assert.DoesNotContain(WorkspaceFixture.OtherCoder, listJson);
        await blind.GotoAsync("/");
        Assert.DoesNotContain(WorkspaceFixture.OtherCoder, await blind.ContentAsync());
    }

    private static async Task<string> GetAsync(Microsoft.Playwright.IPage page, string path)
    {
        var response = await page.Context.APIRequest.GetAsync(path);
        Assert.Equal(200, response.Status);
        return await response.TextAsync();
    }
}
