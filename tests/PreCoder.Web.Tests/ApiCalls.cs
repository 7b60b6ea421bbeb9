using System.Text.Json;
using Microsoft.Playwright;

namespace PreCoder.Web.Tests;

/// <summary>Calls the workspace's JSON API as the page's signed-in coder, with or without the antiforgery token.</summary>
internal static class ApiCalls
{
    public static async Task<IAPIResponse> PostAsync(IPage page, string path, object body, bool withToken)
    {
        var headers = new Dictionary<string, string>();
        if (withToken)
        {
            var tokenResponse = await page.Context.APIRequest.GetAsync("/api/antiforgery");
            using var token = JsonDocument.Parse(await tokenResponse.TextAsync());
            headers[token.RootElement.GetProperty("headerName").GetString()!] = token.RootElement.GetProperty("token").GetString()!;
        }
        return await page.Context.APIRequest.PostAsync(path, new APIRequestContextOptions { DataObject = body, Headers = headers });
    }
}
