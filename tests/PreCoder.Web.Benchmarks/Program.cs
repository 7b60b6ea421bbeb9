using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;
using PreCoder.Application.Decisions;
using PreCoder.Application.Workspace;
using PreCoder.Web.Accounts;
using PreCoder.Web.Benchmarks;
using PreCoder.Web.Components.Pages;

// Server time of the interview page at seed scale: the read model alone, the page rendered by Blazor's renderer (what a
// circuit does before sending the first batch), and one keyboard decision saved and re-read, as the page does.
var runs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 30;
var folder = Path.Combine(Path.GetTempPath(), $"precoder-web-bench-{Guid.NewGuid():N}");
try
{
    using var session = await BenchStudy.CreateAsync(folder, CancellationToken.None);
    var workspace = new InterviewWorkspace(session);
    var view = await workspace.LoadAsync("bench", BenchStudy.Interview, CancellationToken.None);
    Console.WriteLine($"study: {view.Variables.Count()} variables, {view.Passages.Count} passages, {view.Passages.Sum(p => p.Text.Split(' ').Length)} words, {view.Variables.Sum(v => v.Others.Count)} other coders' codes");

    var services = new ServiceCollection()
        .AddSingleton(session)
        .AddSingleton(workspace)
        .AddSingleton<AuthenticationStateProvider>(new BenchAuthentication(CoderPrincipal.Create("bench", PreCoder.Core.Coding.CoderRole.Coder)))
        .AddSingleton<IJSRuntime, NoJavaScript>()
        .BuildServiceProvider();
    using var renderer = new InteractivePageRenderer(services);
    var html = 0;
    async Task RenderAsync()
    {
        var page = await renderer.Dispatcher.InvokeAsync(() => renderer.BeginRenderingComponent(typeof(InterviewPage),
            ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(InterviewPage.InterviewId)] = BenchStudy.Interview })));
        await page.QuiescenceTask;
        var writer = new StringWriter();
        await renderer.Dispatcher.InvokeAsync(() => page.WriteHtmlTo(writer));
        html = writer.GetStringBuilder().Length;
    }

    var variables = view.Variables.Where(v => v.Levels.Select(l => l.Value).SequenceEqual(["0", "1", "2", "3"])).Select(v => v.Id).ToArray();
    var latest = new Dictionary<string, long>();
    var decision = 0;
    async Task DecideAsync()
    {
        var id = variables[decision % variables.Length];
        var score = (decision++ / variables.Length % 4).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var after = await workspace.DecideAsync("bench", new WorkspaceDecision(BenchStudy.Interview, id, DecisionKind.Score, latest.GetValueOrDefault(id)) { Score = score }, CancellationToken.None);
        latest[id] = after.LatestDecisionId;
    }

    Console.WriteLine("| what | wall median ms | wall p90 ms | CPU median ms | runs |");
    Console.WriteLine("|---|---|---|---|---|");
    Report("read model (InterviewWorkspace.LoadAsync)", await TimeAsync(() => workspace.LoadAsync("bench", BenchStudy.Interview, CancellationToken.None), runs));
    Report("interview page rendered (load + render to HTML)", await TimeAsync(RenderAsync, runs));
    Report("keyboard decision saved and re-read (DecideAsync)", await TimeAsync(DecideAsync, runs * 2));
    Console.WriteLine($"page HTML: {html / 1024} KiB");
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

// Wall time and this process's CPU time per run: on a shared machine the wall time includes waiting for a core, the
// CPU time does not (it does include the GC's and SQLite's work on other threads).
static async Task<(double[] Wall, double[] Cpu)> TimeAsync(Func<Task> action, int runs)
{
    for (var i = 0; i < 3; i++)
    {
        await action();
    }
    var wall = new double[runs];
    var cpu = new double[runs];
    using var process = Process.GetCurrentProcess();
    for (var i = 0; i < runs; i++)
    {
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await action();
        wall[i] = clock.Elapsed.TotalMilliseconds;
        process.Refresh();
        cpu[i] = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
    }
    Array.Sort(wall);
    Array.Sort(cpu);
    return (wall, cpu);
}

static void Report(string what, (double[] Wall, double[] Cpu) times) =>
    Console.WriteLine($"| {what} | {Median(times.Wall):0} | {Percentile90(times.Wall):0} | {Median(times.Cpu):0} | {times.Wall.Length} |");

static double Median(double[] sorted) => sorted[sorted.Length / 2];

static double Percentile90(double[] sorted) => sorted[(int)(sorted.Length * 0.9)];

/// <summary>
/// Blazor's static HTML renderer, told to render the interactive page in place: the same component code a circuit runs
/// for its first render, without the browser round trip.
/// </summary>
internal sealed class InteractivePageRenderer(IServiceProvider services)
    : Microsoft.AspNetCore.Components.HtmlRendering.Infrastructure.StaticHtmlRenderer(services, NullLoggerFactory.Instance)
{
    protected override IComponent ResolveComponentForRenderMode(Type componentType, int? parentComponentId, IComponentActivator componentActivator, IComponentRenderMode renderMode) =>
        componentActivator.CreateInstance(componentType);
}

internal sealed class BenchAuthentication(ClaimsPrincipal user) : AuthenticationStateProvider
{
    public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
}

/// <summary>The static renderer runs no after-render code, so the page's scrolling and key wiring never call this.</summary>
internal sealed class NoJavaScript : IJSRuntime
{
    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => ValueTask.FromResult(default(TValue)!);

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => ValueTask.FromResult(default(TValue)!);
}
