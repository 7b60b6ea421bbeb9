using System.Diagnostics;
using System.Globalization;
using PreCoder.Application.Sheets;
using PreCoder.Application.Studies;
using PreCoder.Core.Coding;
using PreCoder.Core.Suggestions;
using PreCoder.TestKit;

namespace PreCoder.Scale.Benchmarks;

/// <summary>
/// Times what issue #11 sets targets for on a seed-scale study, through the real CLI as a user runs it:
/// codes import (at most 5 s and 300 MB), agreement over all coders with 1,000 bootstrap resamples (at most 2 s),
/// and a one-interview coding sheet (under 0.5 s; also timed in-process, without the process start). Each run also
/// times <see cref="MachineReference"/>, the machine's speed at that moment.
/// </summary>
internal static class ScaleBench
{
    public static async Task RunAsync(int repeat)
    {
        var rows = new List<string[]>();
        for (var r = 1; r <= repeat; r++)
        {
            using var dir = new TempDirectory("precoder-scale");
            SeedScaleStudy.Write(dir.Path);
            var study = dir.Sub("study");
            await Must("init", study);
            await Must("codebook", "import", Path.Combine(dir.Path, "codebook.yaml"), "--study", study);
            await Must("ingest", Path.Combine(dir.Path, "transcripts"), "--study", study);

            var reference = MachineReference.Measure();
            var import = await MeasuredRun.RunAsync("codes", "import", Path.Combine(dir.Path, "codes.csv"), "--study", study);
            Check(import, "codes import");
            var reimport = await MeasuredRun.RunAsync("codes", "import", Path.Combine(dir.Path, "codes.csv"), "--study", study);
            Check(reimport, "codes import (again)");
            var agreement = await MeasuredRun.RunAsync("agreement", "--study", study, "--resamples", "1000", "--format", "json", "--out", dir.Sub("agreement.json"));
            Check(agreement, "agreement");
            await AddSuggestionsAsync(study, SeedScaleStudy.InterviewId(1));
            var sheet = await MeasuredRun.RunAsync("sheet", "export", "--study", study, "--coder", "ana", "--interviews", SeedScaleStudy.InterviewId(1), "--out", dir.Sub("sheet.xlsx"));
            Check(sheet, "sheet export");
            var inProcess = await SheetInProcessAsync(study, dir.Sub("sheet2.xlsx"));
            var startup = await MeasuredRun.RunAsync("--version");

            rows.Add([
                r.ToString(CultureInfo.InvariantCulture),
                S(import.Elapsed), Mb(import.PeakBytes), S(reimport.Elapsed), S(agreement.Elapsed), Mb(agreement.PeakBytes),
                S(sheet.Elapsed), S(inProcess), S(startup.Elapsed), S(reference),
            ]);
            Console.Error.WriteLine($"run {r}: {string.Join(" | ", rows[^1])}");
        }
        Console.WriteLine($"Seed-scale study: {SeedScaleStudy.Variables} variables x {SeedScaleStudy.Interviews} interviews x {SeedScaleStudy.Coders.Length} coders = {SeedScaleStudy.Variables * SeedScaleStudy.Interviews * SeedScaleStudy.Coders.Length:N0} codes, ~5% missing; {Environment.ProcessorCount} cores.");
        Console.WriteLine();
        Console.WriteLine("| run | codes import s | import peak MB | re-import s | agreement s | agreement peak MB | sheet export (CLI) s | sheet export (in-process) s | CLI start (--version) s | machine reference s |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            Console.WriteLine($"| {string.Join(" | ", row)} |");
        }
    }

    /// <summary>Suggestions for every variable of one interview, as a pre-coding run would leave them, so the sheet has its machine columns.</summary>
    private static async Task AddSuggestionsAsync(string study, string interviewId)
    {
        using var session = await StudySession.OpenAsync(new StudyOpenOptions(study), CancellationToken.None);
        await using var db = session.CreateDb();
        db.Coders.Add(new Store.Persistence.CoderRow { Id = "machine:embedded", Kind = CoderKind.Machine, ModelVersion = "bench" });
        for (var v = 0; v < SeedScaleStudy.Variables; v++)
        {
            db.Suggestions.Add(new Suggestion
            {
                InterviewId = interviewId, VariableId = SeedScaleStudy.VariableId(v), CodebookVersion = 1, CoderId = "machine:embedded",
                Classifier = "embedded", ModelVersion = "bench", Value = v % 4, Confidence = 0.6, CreatedAt = DateTimeOffset.UtcNow,
            });
        }
        await db.SaveChangesAsync();
    }

    private static async Task<TimeSpan> SheetInProcessAsync(string study, string path)
    {
        using var session = await StudySession.OpenAsync(new StudyOpenOptions(study), CancellationToken.None);
        // Once to warm EF's model and the JIT, as a long-running host (the workspace) would be.
        var rows = await CodingSheetExport.BuildAsync(session, "ana", [SeedScaleStudy.InterviewId(2)], CancellationToken.None);
        var clock = Stopwatch.StartNew();
        rows = await CodingSheetExport.BuildAsync(session, "ana", [SeedScaleStudy.InterviewId(1)], CancellationToken.None);
        await using (var file = File.Create(path))
        {
            CodingSheetExport.WriteXlsx(rows, file);
        }
        return clock.Elapsed;
    }

    private static async Task Must(params string[] args)
    {
        var r = await CliRunner.RunAsync(args);
        if (r.ExitCode != 0)
        {
            throw new InvalidOperationException($"precoder {string.Join(' ', args)} exited {r.ExitCode}: {r.Stderr}");
        }
    }

    private static void Check(MeasuredRun run, string what)
    {
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} exited {run.ExitCode}: {run.Stderr}");
        }
    }

    private static string S(TimeSpan t) => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0", CultureInfo.InvariantCulture);
}
