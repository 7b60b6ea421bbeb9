namespace PreCoder.Cli.Tests;

/// <summary>
/// One sample study (codebook, transcripts, attributes, one code) shared by tests that must leave it unchanged:
/// building it takes several process starts, and a test that changed it would fail its own assertion.
/// </summary>
public sealed class SharedStudyFixture : IAsyncLifetime
{
    public TempDirectory Dir { get; } = new();

    public string Study { get; private set; } = "";

    public string CodesBefore { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Study = await SampleStudy.CreateAsync(Dir, withCodes: false);
        await SampleStudy.Ok("codes", "import", Dir.File("seed.csv", "interview,passage,variable,coder,score\nint01,,vul_poverty,ayse,3\n"), "--study", Study);
        CodesBefore = (await SampleStudy.Ok("codes", "export", "--study", Study)).Stdout;
    }

    public Task DisposeAsync()
    {
        Dir.Dispose();
        return Task.CompletedTask;
    }
}
