using System.Net;

namespace PreCoder.Web.Tests;

[Collection(WorkspaceCollection.Name)]
public sealed class AnonymousAccessTests(WorkspaceFixture workspace)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/interviews/int01")]
    [InlineData("/payoff")]
    public async Task Page_Anonymous_RedirectsToSignIn(string path)
    {
        using var client = Client();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [InlineData("GET", "/api/interviews")]
    [InlineData("GET", "/api/interviews/int01")]
    [InlineData("GET", "/api/antiforgery")]
    [InlineData("POST", "/api/interviews/int01/decisions")]
    [InlineData("GET", "/api/interviews/int01/recording")]
    [InlineData("POST", "/api/interviews/int10/speakers")]
    [InlineData("POST", "/_blazor/negotiate?negotiateVersion=1")]
    [InlineData("POST", "/account/signout")]
    public async Task Endpoint_Anonymous_IsRefused(string method, string path)
    {
        using var client = Client();
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("""{"variable":"vul_poverty","kind":"Score","score":"1"}""", System.Text.Encoding.UTF8, "application/json");
        }
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task SignInPage_Anonymous_IsShownWithoutBlazorCircuit()
    {
        using var client = Client();
        var html = await client.GetStringAsync("/signin");
        Assert.Contains("__RequestVerificationToken", html);
        Assert.DoesNotContain("blazor.web.js", html);
    }

    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = workspace.Address };
}
