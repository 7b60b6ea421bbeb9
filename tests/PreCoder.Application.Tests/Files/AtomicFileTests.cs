using PreCoder.Core.Files;

namespace PreCoder.Application.Tests.Files;

// AtomicFile lives in Core, which has no test project of its own; checkpoints, caches and study files in the
// application layer are what rely on it.
public sealed class AtomicFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public void WriteAllText_ExistingFile_ReplacedWholeWithNothingLeftBeside()
    {
        var path = _dir.File("checkpoint.json", "old");

        AtomicFile.WriteAllText(path, "new content");

        Assert.Equal("new content", File.ReadAllText(path));
        Assert.Equal(["checkpoint.json"], Directory.GetFiles(_dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task WriteAllText_ManyWritersAtOnce_FileIsAlwaysOneWholeContent()
    {
        var path = Path.Combine(_dir.Path, "chunk-00001.json");
        var contents = Enumerable.Range(0, 8).Select(i => new string((char)('a' + i), 200_000)).ToArray();

        await Task.WhenAll(contents.Select(text => Task.Run(() =>
        {
            for (var round = 0; round < 20; round++)
            {
                AtomicFile.WriteAllText(path, text);
                Assert.Contains(File.ReadAllText(path), contents);
            }
        })));

        Assert.Contains(File.ReadAllText(path), contents);
        Assert.Single(Directory.GetFiles(_dir.Path));
    }

    [Fact]
    public async Task WriteAllBytesAsync_TargetIsADirectory_ThrowsAndLeavesNoTemporaryFile()
    {
        var target = Directory.CreateDirectory(Path.Combine(_dir.Path, "model.bin")).FullName;

        await Assert.ThrowsAnyAsync<IOException>(() => AtomicFile.WriteAllBytesAsync(target, [1, 2, 3], CancellationToken.None));

        Assert.Empty(Directory.GetFiles(_dir.Path));
        Assert.True(Directory.Exists(target));
    }

    [Fact]
    public async Task WriteAllTextAsync_Cancelled_OldContentStaysAndNoTemporaryFile()
    {
        var path = _dir.File("evaluation.json", "finished fold");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AtomicFile.WriteAllTextAsync(path, "half", cancelled.Token));

        Assert.Equal("finished fold", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_dir.Path));
    }

    [Fact]
    public void Write_WriterFailsHalfway_OldContentStaysAndNoTemporaryFile()
    {
        var path = _dir.File("bench-60min.wav", "whole recording");

        var ex = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("RIFF half"u8);
            throw new InvalidOperationException("espeak-ng died");
        }));

        Assert.Equal("espeak-ng died", ex.Message);
        Assert.Equal("whole recording", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_dir.Path));
    }

    [Fact]
    public void Write_WriterDisposesTheStream_FileHasEverythingWritten()
    {
        var path = Path.Combine(_dir.Path, "bench-1min.wav");

        // A wave writer closes the stream it was given when it is disposed, before the file is moved into place.
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream);
            writer.Write("header and samples");
        });

        Assert.Equal("header and samples", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_dir.Path));
    }

    public void Dispose() => _dir.Dispose();
}
