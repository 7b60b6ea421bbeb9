namespace PreCoder.Transcripts.Tests;

public abstract class ImportTestsBase : IDisposable
{
    protected TempDirectory Dir { get; } = new("precoder-import");

    protected static Transcript ReadOne(string path, ImportOptions? options = null) =>
        Assert.Single(TranscriptImporter.Read(path, options ?? new ImportOptions()));

    protected static InputException Bad(string path, ImportOptions? options = null) =>
        Assert.Throws<InputException>(() => TranscriptImporter.Read(path, options ?? new ImportOptions()));

    public void Dispose() => Dir.Dispose();
}
