namespace PreCoder.Cli.Tests;

/// <summary>
/// The sample study with interviews int01 and int02 pre-coded by the embedded classifier and no human codes:
/// decision and sheet tests each decide as their own coder, so they share it without seeing each other's codes.
/// </summary>
public sealed class PrecodedStudyFixture : IAsyncLifetime
{
    public TempDirectory Dir { get; } = new();

    public string Study { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Study = await SampleStudy.CreateAsync(Dir, withCodes: false);
        await SampleStudy.Ok("precode", "--study", Study, "--interview", "int01", "--interview", "int02");
    }

    public Task DisposeAsync()
    {
        Dir.Dispose();
        return Task.CompletedTask;
    }
}
