using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PreCoder.Web.Tests;

/// <summary>Signing in to a running workspace over HTTP, as a browser does (the form, then the API's antiforgery header).</summary>
internal static partial class WorkspaceSignIn
{
    /// <summary>A client holding the coder's cookie and the API's antiforgery header.</summary>
    public static async Task<HttpClient> SignInAsync(Uri address, string coder, string password)
    {
        var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = address };
        var form = await http.GetStringAsync("/signin");
        var token = FormToken().Match(form).Groups[1].Value;
        var signIn = await http.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Name"] = coder,
            ["Password"] = password,
            ["ReturnUrl"] = "/",
        }));
        Assert.DoesNotContain("problem=", signIn.RequestMessage!.RequestUri!.Query);
        var api = await http.GetFromJsonAsync<JsonElement>("/api/antiforgery");
        http.DefaultRequestHeaders.Add(api.GetProperty("headerName").GetString()!, api.GetProperty("token").GetString());
        return http;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}
