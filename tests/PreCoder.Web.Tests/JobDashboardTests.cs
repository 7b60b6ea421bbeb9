using System.Net;
using PreCoder.Core.Coding;
using PreCoder.Web.Hosting;

namespace PreCoder.Web.Tests;

/// <summary>Hangfire's dashboard at <c>/jobs</c> under <c>serve</c> on a team's PostgreSQL study, over HTTP: leads only.</summary>
public sealed class JobDashboardTests
{
    private const string Password = "jobs-dashboard-pass";

    [PostgresFact]
    public async Task Jobs_OnPostgresStudy_LeadGetsDashboardCoderRefusedAnonymousSentToSignIn()
    {
        await using var database = new PostgresTestDatabase("precoder_webjobs");
        using var dir = new TempDirectory("precoder-web-jobs");
        var study = dir.Sub("team");
        var env = new Dictionary<string, string> { ["PRECODER_Store__Provider"] = "Postgres", ["PRECODER_Store__ConnectionString"] = database.ConnectionString };
        var init = await CliRunner.RunAsync(["init", study], env);
        Assert.True(init.ExitCode == 0, init.Stderr);
        using var session = await PostgresStudies.OpenWithCodersAsync(study, database.ConnectionString, Password, ("jobs-lead", CoderRole.Lead), ("jobs-coder", CoderRole.Coder));
        await using var server = WorkspaceServer.Create(session, new WorkspaceServerOptions { Port = 0 });
        var address = await server.StartAsync(CancellationToken.None);
        using var lead = await WorkspaceSignIn.SignInAsync(address, "jobs-lead", Password);
        using var coder = await WorkspaceSignIn.SignInAsync(address, "jobs-coder", Password);
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address };

        var dashboard = await lead.GetAsync("/jobs");
        var refused = await coder.GetAsync("/jobs");
        var nobody = await anonymous.GetAsync("/jobs");

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        var page = await dashboard.Content.ReadAsStringAsync();
        Assert.Contains("PreCoder jobs", page);
        Assert.Contains("hangfire", page, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, nobody.StatusCode);
        Assert.StartsWith("/signin", nobody.Headers.Location!.AbsolutePath);
    }
}
