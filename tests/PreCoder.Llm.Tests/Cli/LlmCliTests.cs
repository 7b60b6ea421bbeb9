using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PreCoder.Classification.Classifiers;
using PreCoder.Core.Transcripts;
using PreCoder.Llm.Tests.Support;
using PreCoder.Store.Persistence;
using PreCoder.Store.Studies;

namespace PreCoder.Llm.Tests.Cli;

/// <summary>The real precoder against the scripted server: precode --classifier llm on the sample study, and translate.</summary>
public sealed class LlmCliTests : IDisposable
{
    private readonly ScriptedLlmServer _server = new();
    private readonly TempDirectory _dir = new();
    private readonly string _keyVariable = $"PRECODER_TEST_KEY_{Guid.NewGuid():N}";
    private readonly string _key = $"sk-secret-{Guid.NewGuid():N}";

    private async Task<CliRunner.Result> Run(params string[] args) => await CliRunner.RunAsync(
        [.. args, "--set", $"Llm:Endpoint={_server.Endpoint}", "--set", "Llm:Model=test-model", "--set", $"Llm:ApiKeyEnv={_keyVariable}", "--set", "Llm:RetryDelay=00:00:00.010"],
        new Dictionary<string, string> { [_keyVariable] = _key });

    private static async Task Ok(params string[] args)
    {
        var r = await CliRunner.RunAsync(args);
        Assert.True(r.ExitCode == 0, $"precoder {string.Join(' ', args)} exited {r.ExitCode}: {r.Stderr}");
    }

    private static StudyDbContext Db(string study) => new StudyDatabase(new StudyFolder(study), new StoreOptions()).CreateContext();

    [Fact]
    public async Task PrecodeLlm_SampleStudy_StoresOnlyVerifiedQuotesAndRerunCostsNothing()
    {
        var study = _dir.Sub("study");
        await Ok("init", study);
        await Ok("codebook", "import", RepoPaths.SeedCodebook, "--study", study);
        await Ok("ingest", RepoPaths.Sample("transcripts"), "--study", study);
        await Ok("attributes", "import", RepoPaths.Sample("attributes.csv"), "--study", study);

        var r = await Run("precode", "--study", study, "--classifier", "llm");

        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.NotEmpty(_server.Requests);
        Assert.All(_server.Requests, q => Assert.Equal($"Bearer {_key}", q.Authorization));
        await using (var db = Db(study))
        {
            var suggestions = await db.Suggestions.AsNoTracking().ToListAsync();
            var passages = await db.Passages.AsNoTracking().ToDictionaryAsync(p => (p.InterviewId, p.Id));
            Assert.NotEmpty(suggestions);
            Assert.All(suggestions, s => Assert.Equal("machine:llm", s.CoderId));
            Assert.Contains(suggestions, s => s.Evidence.Count > 0 && s.Rationale == "The interviewee says so.");
            Assert.All(suggestions.SelectMany(s => s.Evidence.Select(q => (s.InterviewId, Quote: q))), x =>
            {
                var passage = passages[(x.InterviewId, x.Quote.PassageId)];
                Assert.True(EvidenceQuotes.IsVerbatim(x.Quote, x.Quote.English ? passage.English : passage.Text), $"quote of {x.InterviewId}/{x.Quote.PassageId} is not verbatim");
            });
            Assert.Equal(10, suggestions.Select(s => s.InterviewId).Distinct().Count());
        }
        var sent = _server.Requests.Count;

        var again = await Run("precode", "--study", study, "--classifier", "llm");

        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Equal(sent, _server.Requests.Count);
        // Nothing changed, so the engine keeps every interview's suggestions without asking the model again.
        Assert.Equal(10, again.Stderr.Split('\n').Count(l => l.Contains(": skipped", StringComparison.Ordinal)));
        AssertKeyNowhere(study, r, again);
        Assert.True(File.ReadAllLines(Path.Combine(study, "logs", "llm-audit.jsonl")).Length >= 2 * sent);
    }

    [Fact]
    public async Task EvaluateLlm_SampleStudy_ReportsTheLlmBesideTheBaseRateAndZeroShot()
    {
        var study = _dir.Sub("study");
        await Ok("init", study);
        await Ok("codebook", "import", RepoPaths.SeedCodebook, "--study", study);
        await Ok("ingest", RepoPaths.Sample("transcripts"), "--study", study);
        await Ok("codes", "import", RepoPaths.Sample("codes.csv"), "--study", study);

        var r = await Run("evaluate", "--study", study, "--coder", "jonas", "--classifier", "llm", "--folds", "2", "--json");

        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.NotEmpty(_server.Requests);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal("llm", doc.RootElement.GetProperty("main").GetProperty("classifier").GetString());
        Assert.Equal("base-rate", doc.RootElement.GetProperty("baseRate").GetProperty("classifier").GetString());
        Assert.Equal("embedded", doc.RootElement.GetProperty("zeroShot").GetProperty("classifier").GetString());
        Assert.True(doc.RootElement.GetProperty("main").GetProperty("overall").GetProperty("units").GetInt32() > 0);
        Assert.DoesNotContain(_key, r.Stdout + r.Stderr);
    }

    [Fact]
    public async Task PrecodeLlm_RemoteEndpointWithoutOptIn_Exit3AndStoredSuggestionsKept()
    {
        var study = _dir.Sub("study");
        await Ok("init", study);
        await Ok("codebook", "import", RepoPaths.SeedCodebook, "--study", study);
        await Ok("ingest", RepoPaths.Sample("transcripts", "int01.txt"), "--study", study);
        await Ok("precode", "--study", study);
        int before;
        await using (var db = Db(study))
        {
            before = await db.Suggestions.CountAsync();
        }

        var r = await CliRunner.RunAsync("precode", "--study", study, "--classifier", "llm", "--set", "Llm:Endpoint=http://203.0.113.9/v1", "--set", "Llm:Model=m");

        Assert.Equal(3, r.ExitCode);
        Assert.Contains("Study:AllowNetwork", r.Stderr, StringComparison.Ordinal);
        Assert.Single(r.Stderr.Trim().Split('\n'), l => l.StartsWith("error:", StringComparison.Ordinal));
        await using (var db = Db(study))
        {
            Assert.Equal(before, await db.Suggestions.CountAsync());
        }
        Assert.False(File.Exists(Path.Combine(study, "logs", "llm-audit.jsonl")));

        // The opt-in belongs to the study's own settings file, not to one run's overrides.
        var overridden = await CliRunner.RunAsync("precode", "--study", study, "--classifier", "llm", "--set", "Llm:Endpoint=http://203.0.113.9/v1", "--set", "Llm:Model=m", "--set", "Study:AllowNetwork=true");
        Assert.Equal(3, overridden.ExitCode);
    }

    [Fact]
    public async Task RunPipeline_ShippedLlmPipeline_StoresLlmSuggestionsAndReports()
    {
        var study = _dir.Sub("study");
        await Ok("init", study);

        var r = await Run("run", RepoPaths.Combine("pipelines", "llm-study.yaml"), "--study", study, "--input", RepoPaths.Sample());

        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.NotEmpty(_server.Requests);
        await using var db = Db(study);
        Assert.Equal(10, await db.Suggestions.Where(s => s.Classifier == "llm" && s.Rationale == "The interviewee says so.").Select(s => s.InterviewId).Distinct().CountAsync());
        Assert.True(File.Exists(Path.Combine(study, "reports", "agreement.md")));
    }

    [Fact]
    public async Task Translate_FrenchInterviewWithoutEnglish_FillsSegmentsAndPassagesMarkedAsMachine()
    {
        var study = _dir.Sub("study");
        await Ok("init", study);
        await Ok("ingest", RepoPaths.Sample("transcripts", "int10.csv"), "--study", study,
            "--map", "interview=interview,segment=segment,speaker=speaker,start=start,end=end,language=language,text=text");
        _server.Default = q =>
        {
            var text = q.User[(q.User.IndexOf("Text to translate:\n", StringComparison.Ordinal) + 19)..];
            return ScriptedResponse.Chat(JsonSerializer.Serialize(new { english = "EN " + CodingAnswers.FirstWords(text, 4) }));
        };

        var r = await Run("translate", "--study", study);

        Assert.True(r.ExitCode == 0, r.Stderr);
        await using (var db = Db(study))
        {
            var segments = await db.Segments.AsNoTracking().Where(s => s.InterviewId == "int10").ToListAsync();
            Assert.Equal(31, segments.Count);
            Assert.All(segments, s => Assert.StartsWith("EN ", s.English));
            Assert.All(segments, s => Assert.True(s.Flags.HasFlag(TrustFlags.MachineTranslation)));
            var passages = await db.Passages.AsNoTracking().Where(p => p.InterviewId == "int10").ToListAsync();
            Assert.All(passages, p => Assert.NotNull(p.English));
        }
        var sent = _server.Requests.Count;
        Assert.Equal(31, sent);
        var log = File.ReadAllLines(Path.Combine(study, "llm", "translations.jsonl"));
        Assert.Equal(31, log.Length);
        Assert.Contains("\"source\":\"llm:test-model/translate.v1\"", log[0], StringComparison.Ordinal);

        var again = await Run("translate", "--study", study);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(sent, _server.Requests.Count);
        Assert.Contains("0 segment(s)", again.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunPipeline_TranslateStage_FillsEnglishAndRerunHasNothingToDo()
    {
        var input = _dir.Sub("input");
        Directory.CreateDirectory(input);
        File.Copy(RepoPaths.Sample("transcripts", "int10.csv"), Path.Combine(input, "int10.csv"));
        var pipeline = _dir.File("translate.yaml", "name: translate\nstages:\n  - stage: import\n    options:\n      path: .\n      map: interview=interview,segment=segment,speaker=speaker,start=start,end=end,language=language,text=text\n  - stage: translate\n");
        var study = _dir.Sub("study");
        await Ok("init", study);
        _server.Default = q => ScriptedResponse.Chat(JsonSerializer.Serialize(new { english = "EN text" }));

        var r = await Run("run", pipeline, "--study", study, "--input", input);

        Assert.True(r.ExitCode == 0, r.Stderr);
        await using (var db = Db(study))
        {
            Assert.All(await db.Segments.AsNoTracking().ToListAsync(), s => Assert.Equal("EN text", s.English));
        }
        var sent = _server.Requests.Count;

        var again = await Run("run", pipeline, "--study", study, "--input", input);

        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Equal(sent, _server.Requests.Count);
    }

    private void AssertKeyNowhere(string study, params CliRunner.Result[] runs)
    {
        var key = Encoding.UTF8.GetBytes(_key);
        foreach (var file in Directory.GetFiles(study, "*", SearchOption.AllDirectories))
        {
            Assert.True(File.ReadAllBytes(file).AsSpan().IndexOf(key) < 0, $"the API key is in {file}");
        }
        Assert.All(runs, r => Assert.DoesNotContain(_key, r.Stdout + r.Stderr, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _server.Dispose();
        _dir.Dispose();
    }
}
