namespace PreCoder.Cli.Tests;

/// <summary>The coded sample study and its REFI-QDA export, made once for the import tests (each step is a process start).</summary>
public sealed class QdpxImportFixture : IAsyncLifetime
{
    public TempDirectory Dir { get; } = new();

    public string Study { get; private set; } = "";

    public string Qdpx { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Study = await SampleStudy.CreateAsync(Dir);
        Qdpx = Dir.Sub("pilot.qdpx");
        await SampleStudy.Ok("export", "qdpx", "--study", Study, "--out", Qdpx);
    }

    public Task DisposeAsync()
    {
        Dir.Dispose();
        return Task.CompletedTask;
    }
}
