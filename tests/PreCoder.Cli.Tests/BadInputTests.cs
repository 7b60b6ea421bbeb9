namespace PreCoder.Cli.Tests;

/// <summary>Every bad row is a one-line error naming file and line, exit 3, and the study keeps what it had.</summary>
public sealed class BadInputTests(SharedStudyFixture fixture) : IClassFixture<SharedStudyFixture>
{
    private readonly TempDirectory _dir = fixture.Dir;
    private readonly string _study = fixture.Study;
    private readonly string _before = fixture.CodesBefore;

    [Theory]
    [InlineData("int99,,vul_poverty,ayse,1", "unknown interview 'int99'")]
    [InlineData("int01,,vul_nonexistent,ayse,1", "unknown variable 'vul_nonexistent'")]
    [InlineData("int01,,vul_poverty,ayse,4", "4 is outside scale likert4")]
    [InlineData("int01,,vul_poverty,ayse,high", "'high' is not a number or 'missing'")]
    [InlineData("int01,,tra_flogging_victim,ayse,2", "outside scale presence")]
    [InlineData("int01,p9999,vul_poverty,ayse,1", "unknown passage 'p9999'")]
    [InlineData("int01,,vul_poverty,machine,1", "machine coder")]
    [InlineData("int01,,vul_poverty,,1", "empty coder")]
    public async Task CodesImport_BadRowAfterGoodRows_OneLineErrorNothingChanged(string badRow, string expected)
    {
        var file = _dir.File($"bad-{Guid.NewGuid():N}.csv", $"interview,passage,variable,coder,score\nint02,,vul_poverty,ayse,2\nint03,,inf_friend,jonas,1\n{badRow}\n");
        var r = await CliRunner.RunAsync("codes", "import", file, "--study", _study);
        Assert.Equal(3, r.ExitCode);
        var error = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {file}:4: ", error);
        Assert.Contains(expected, error);
        Assert.Equal(_before, (await SampleStudy.Ok("codes", "export", "--study", _study)).Stdout);
    }

    [Fact]
    public async Task CodesImport_DuplicateRow_NamesBothLines()
    {
        var file = _dir.File("dup.csv", "interview,passage,variable,coder,score\nint02,,vul_poverty,ayse,2\nint02,,Poverty,ayse,1\n");
        var r = await CliRunner.RunAsync("codes", "import", file, "--study", _study);
        Assert.Equal(3, r.ExitCode);
        Assert.Contains($"{file}:3: duplicate code", r.Stderr);
        Assert.Contains("first on line 2", r.Stderr);
    }

    [Fact]
    public async Task CodesImport_EvidenceNotInTranscript_Error()
    {
        var file = _dir.File("ev.csv", "interview,passage,variable,coder,score,evidence\nint01,,vul_poverty,ayse,3,\"words nobody ever said here\"\n");
        var r = await CliRunner.RunAsync("codes", "import", file, "--study", _study);
        Assert.Equal(3, r.ExitCode);
        Assert.Contains($"{file}:2: evidence quote not found", r.Stderr);
    }

    [Fact]
    public async Task CodesImport_MissingColumn_ErrorLine1()
    {
        var file = _dir.File("nocol.csv", "interview,variable,coder,score\nint01,vul_poverty,ayse,1\n");
        var r = await CliRunner.RunAsync("codes", "import", file, "--study", _study);
        Assert.Equal(3, r.ExitCode);
        Assert.Contains($"{file}:1: no column 'passage'", r.Stderr);
    }

    [Fact]
    public async Task AttributesImport_UnknownInterview_ErrorNothingChanged()
    {
        var file = _dir.File("attr.csv", "interview,gender\nint01,female\nint42,male\n");
        var r = await CliRunner.RunAsync("attributes", "import", file, "--study", _study);
        Assert.Equal(3, r.ExitCode);
        Assert.Contains($"{file}:3: unknown interview 'int42'", r.Stderr);
    }

    [Fact]
    public async Task Ingest_OneMalformedFileAmongGood_OthersStoredExit1()
    {
        var input = _dir.Sub("mixed");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "good.txt"), "Interviewer: Why?\nRania: Because my husband went.\n");
        File.WriteAllText(Path.Combine(input, "broken.srt"), "1\n00:00:01,000 --> nonsense\nA: x\n");
        var r = await CliRunner.RunAsync("ingest", input, "--study", _study);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("broken.srt:2: bad cue end time", r.Stdout);
        var exported = await SampleStudy.Ok("transcripts", "export", "--study", _study, "--interview", "good", "--format", "txt");
        Assert.Contains("Rania: Because my husband went.", exported.Stdout);
    }

    [Theory]
    [InlineData("  - stage: precode\n    options:\n      clasifier: trained\n", 5, "unknown option 'clasifier' for stage precode (classifier, model, interviews)")]
    [InlineData("  - stage: precode\n    options:\n      classifier: bert\n", 5, "stage precode option classifier: 'bert' is not one of embedded, trained, llm")]
    [InlineData("  - stage: translate\n    options:\n      model: x\n", 5, "stage translate takes no options")]
    public async Task Run_MistypedStageOption_OneLineErrorBeforeAnyWork(string stage, int line, string expected)
    {
        var pipeline = _dir.File($"typo-{Guid.NewGuid():N}.yaml", "name: typo\nstages:\n" + stage);
        var r = await CliRunner.RunAsync("run", pipeline, "--study", _study, "--input", RepoPaths.Sample());
        Assert.Equal(3, r.ExitCode);
        var error = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"{pipeline}:{line}: {expected}", error);
    }

    [Fact]
    public async Task Ingest_UnknownMapKey_Exit3()
    {
        var r = await CliRunner.RunAsync("ingest", RepoPaths.Sample("transcripts", "int10.csv"), "--study", _study, "--map", "txt=text");
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("unknown key 'txt'", r.Stderr);
    }

    [Fact]
    public async Task CodebookImport_Malformed_ErrorsWithLinesNothingImported()
    {
        var file = _dir.File("bad.yaml", "schema: precoder-codebook/1\nid: x\nname: X\ncategories:\n  - {id: a, name: A}\nvariables:\n  - id: v1\n    name: V1\n    category: a\n    definiton: typo here\n");
        var r = await CliRunner.RunAsync("codebook", "import", file, "--study", _study);
        Assert.Equal(3, r.ExitCode);
        Assert.Contains($"{file}:10:", r.Stderr);
        var show = await SampleStudy.Ok("codebook", "show", "--study", _study, "--json");
        Assert.Contains("\"version\": 1", show.Stdout);
    }

    [Fact]
    public async Task Ingest_TwoFilesSameInterviewId_SecondRefused()
    {
        var input = _dir.Sub("twins");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "twin.txt"), "Interviewer: Why?\nSara: Because of my brother.\n");
        File.WriteAllText(Path.Combine(input, "twin.vtt"), "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n<v Sara>Something else entirely.\n");
        var r = await CliRunner.RunAsync("ingest", input, "--study", _study);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("twin.vtt: interview 'twin' was already imported from", r.Stdout);
        var kept = await SampleStudy.Ok("transcripts", "export", "--study", _study, "--interview", "twin", "--format", "txt");
        Assert.Contains("Because of my brother.", kept.Stdout);
    }

    [Fact]
    public async Task TranscriptsRelabel_UnknownSpeaker_Exit3ListsSpeakers()
    {
        var r = await CliRunner.RunAsync("transcripts", "relabel", "--study", _study, "--interview", "int01", "--speaker", "Nobody");
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("has no speaker 'Nobody'", r.Stderr);
        Assert.Contains("Interviewer", r.Stderr);
    }
}
