using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Coding;
using PreCoder.Web.Hosting;

namespace PreCoder.Web.Tests;

/// <summary>
/// The workspace over a team's PostgreSQL study, through HTTP as the browser speaks it (sign-in form, antiforgery
/// header): decisions saved, a stale one refused with a conflict, and two coders saving at once lose nothing.
/// </summary>
public sealed class PostgresWorkspaceTests
{
    private const string Password = "pg-workspace-pass";
    private static readonly string[] Variables = ["vul_poverty", "vul_emotional_abuse", "vul_physical_abuse", "vul_sexual_abuse", "mot_employment"];

    [PostgresFact]
    public async Task Workspace_OnPostgres_SavesRefusesStaleAndLosesNothingUnderTwoCoders()
    {
        await using var database = new PostgresTestDatabase("precoder_webpg");
        var connection = database.ConnectionString;
        var env = new Dictionary<string, string> { ["PRECODER_Store__Provider"] = "Postgres", ["PRECODER_Store__ConnectionString"] = connection };
        using var dir = new TempDirectory("precoder-web-pg");
        var study = dir.Sub("team");
        foreach (var args in new[]
        {
            new[] { "init", study },
            ["codebook", "import", RepoPaths.SeedCodebook, "--study", study],
            ["ingest", RepoPaths.Sample("transcripts", "int01.txt"), "--study", study],
        })
        {
            var r = await CliRunner.RunAsync(args, env);
            Assert.True(r.ExitCode == 0, $"precoder {string.Join(' ', args)}: {r.Stderr}");
        }
        using var session = await PostgresStudies.OpenWithCodersAsync(study, connection, Password, ("pg-ana", CoderRole.Coder), ("pg-ben", CoderRole.Coder));
        await using var server = WorkspaceServer.Create(session, new WorkspaceServerOptions { Port = 0 });
        var address = await server.StartAsync(CancellationToken.None);
        using var ana = await SignInAsync(address, "pg-ana");
        using var ben = await SignInAsync(address, "pg-ben");

        var saved = await DecideAsync(ana, Variables[0], "2", expected: 0);
        var stale = await DecideAsync(ana, Variables[0], "1", expected: 0);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("changed", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());

        var together = await Task.WhenAll(Variables.Skip(1).SelectMany(v => new[] { DecideAsync(ana, v, "1", 0), DecideAsync(ben, v, "3", 0) }));
        Assert.All(together, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        await using var db = session.CreateDb();
        var rows = await db.Decisions.AsNoTracking().Where(d => d.CoderId == "pg-ana" || d.CoderId == "pg-ben").ToListAsync();
        Assert.Equal(2.0, Assert.Single(rows, d => d.CoderId == "pg-ana" && d.VariableId == Variables[0]).Value);
        Assert.Equal(Variables.Length, rows.Count(d => d.CoderId == "pg-ana"));
        Assert.Equal(Variables.Length - 1, rows.Count(d => d.CoderId == "pg-ben"));
        Assert.All(rows.Where(d => d.CoderId == "pg-ben"), d => Assert.Equal(3.0, d.Value));
    }

    private static Task<HttpClient> SignInAsync(Uri address, string coder) => WorkspaceSignIn.SignInAsync(address, coder, Password);

    private static Task<HttpResponseMessage> DecideAsync(HttpClient http, string variable, string score, long expected) =>
        http.PostAsJsonAsync("/api/interviews/int01/decisions", new { variable, kind = "Score", score, expectedLatestDecisionId = expected });
}
