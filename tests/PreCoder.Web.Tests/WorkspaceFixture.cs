using System.Text.Json.Nodes;
using Microsoft.Playwright;
using PreCoder.Application.Studies;
using PreCoder.Application.Workspace;
using PreCoder.Core.Coding;
using PreCoder.Web.Hosting;

namespace PreCoder.Web.Tests;

/// <summary>
/// One small study for every browser test: two sample transcripts (one French with English), the seed codebook, the
/// embedded classifier's suggestions, coders added through the CLI, another coder's codes, a blind coder, and a
/// recording of the first interview in the study's <c>recordings/</c> folder (the second has none). The
/// workspace runs in this process on a free loopback port; the browser is Debian's chromium, never a downloaded one.
/// Each test signs in as its own coder so that tests do not see each other's decisions.
/// </summary>
public sealed class WorkspaceFixture : IAsyncLifetime
{
    public const string Password = "correct-horse-7";
    public const string Interview = "int01";
    public const string BlindCoder = "blinda";
    public const string OtherCoder = "ayse";
    public const string Chromium = "/usr/bin/chromium";

    public TempDirectory Dir { get; } = new("precoder-web");

    public string Study { get; private set; } = "";

    public StudySession Session { get; private set; } = default!;

    /// <summary>The first interview's recording in the study folder.</summary>
    public string Recording { get; private set; } = "";

    public WorkspaceServer Server { get; private set; } = default!;

    public Uri Address { get; private set; } = default!;

    /// <summary>Null when chromium is not installed; browser tests then report themselves skipped.</summary>
    public IBrowser? Browser { get; private set; }

    private IPlaywright? _playwright;

    public async Task InitializeAsync()
    {
        Study = Dir.Sub("study");
        var transcripts = Dir.Sub("transcripts");
        Directory.CreateDirectory(transcripts);
        File.Copy(RepoPaths.Sample("transcripts", "int01.txt"), Path.Combine(transcripts, "int01.txt"));
        File.Copy(RepoPaths.Sample("transcripts", "int10.csv"), Path.Combine(transcripts, "int10.csv"));
        await Ok("init", Study);
        await Ok("codebook", "import", RepoPaths.SeedCodebook, "--study", Study);
        await Ok("ingest", transcripts, "--study", Study);
        await Ok("precode", "--study", Study);
        BlindSettings();
        Directory.CreateDirectory(Path.Combine(Study, "recordings"));
        Recording = Path.Combine(Study, "recordings", Interview + ".wav");
        // int01's last line is at 10:12; the recording runs past it.
        TestRecording.Write(Recording, TimeSpan.FromMinutes(11));
        // Through the CLI as a lead would; the other accounts are made in process to keep the set-up short.
        await AddCoderWithCliAsync(OtherCoder, "lead");
        await AddCoderWithCliAsync("jonas", "coder");

        Session = await StudySession.OpenAsync(new StudyOpenOptions(Study), CancellationToken.None);
        var accounts = new CoderAccounts(Session);
        foreach (var coder in new[] { BlindCoder, "tabs", "mallory", "locky", "riley", "paige", "sam", "vera", "pia", "imogen" })
        {
            await accounts.AddAsync(coder, CoderRole.Coder, Password, replacePassword: false, CancellationToken.None);
        }
        await OtherCoderCodesAsync();

        Server = WorkspaceServer.Create(Session, new WorkspaceServerOptions { Port = 0 });
        Address = await Server.StartAsync(CancellationToken.None);

        if (File.Exists(Chromium))
        {
            Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
            _playwright = await Playwright.CreateAsync();
            Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                // Without the background-networking flags chromium tries to reach Google's services and, on a closed
                // network, fails to start; --no-sandbox because tests run as root.
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
        }
    }

    /// <summary>A fresh browser context (its own cookies) signed in as <paramref name="coder"/>.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> SignedInAsync(string coder)
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address.ToString(), ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.FillAsync("#name", coder);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("#sign-in");
        await page.WaitForSelectorAsync("#signed-in-as");
        return (context, page);
    }

    /// <summary>Opens the interview page and waits for the circuit to render the variables.</summary>
    public static async Task OpenInterviewAsync(IPage page, string interviewId = Interview)
    {
        await page.GotoAsync($"/interviews/{interviewId}");
        await page.WaitForSelectorAsync(".variable.selected");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await Server.DisposeAsync();
        Session.Dispose();
        Dir.Dispose();
    }

    private void BlindSettings()
    {
        var file = Path.Combine(Study, "appsettings.json");
        var settings = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        settings["Workspace"] = new JsonObject
        {
            ["BlindCoders"] = new JsonArray(BlindCoder),
            ["HideSuggestionsFrom"] = new JsonArray(BlindCoder),
        };
        File.WriteAllText(file, settings.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }

    private async Task AddCoderWithCliAsync(string coder, string role)
    {
        var result = await CliRunner.RunAsync(["coders", "add", coder, "--role", role, "--password-stdin", "--study", Study], null, Password + "\n");
        Assert.True(result.ExitCode == 0, $"coders add {coder}: {result.Stderr}");
    }

    /// <summary>The other coder scores the first ten variables of the interview, so there is something a blind coder must not see.</summary>
    private async Task OtherCoderCodesAsync()
    {
        var workspace = new InterviewWorkspace(Session);
        var view = await workspace.LoadAsync(OtherCoder, Interview, CancellationToken.None);
        foreach (var variable in view.Variables.Where(v => v.Levels.Count > 0).Take(10))
        {
            await workspace.DecideAsync(OtherCoder, new WorkspaceDecision(Interview, variable.Id, PreCoder.Application.Decisions.DecisionKind.Score, variable.LatestDecisionId)
            {
                Score = variable.Levels[^1].Value,
            }, CancellationToken.None);
        }
    }

    private static async Task Ok(params string[] args)
    {
        var result = await CliRunner.RunAsync(args);
        Assert.True(result.ExitCode == 0, $"precoder {string.Join(' ', args)} exited {result.ExitCode}: {result.Stderr}");
    }
}
