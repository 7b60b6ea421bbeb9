using Microsoft.Extensions.Time.Testing;
using PreCoder.Core.Errors;
using PreCoder.Transcription.Models;
using PreCoder.Transcription.Tests.TestKit;
using Xunit;

namespace PreCoder.Transcription.Tests.Models;

public class ModelDownloaderTests
{
    private static readonly Lazy<byte[]> Model = new(() => File.ReadAllBytes(Fixtures.ModelPath));

    [Fact]
    public async Task DownloadAsync_Normal_WritesVerifiedFileAndNoPart()
    {
        using var server = new LocalModelServer(Model.Value);
        var dir = Fixtures.NewFolder("dl-normal");

        var path = await CreateSut().DownloadAsync(Entry(server), dir);

        Assert.Equal(Model.Value, await File.ReadAllBytesAsync(path));
        Assert.False(File.Exists(path + ".part"));
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task DownloadAsync_ConnectionDroppedHalfway_ResumesWithRangeRequest()
    {
        using var server = new LocalModelServer(Model.Value, ServerBehaviour.DropFirstHalfway);
        var dir = Fixtures.NewFolder("dl-drop");

        var path = await CreateSut().DownloadAsync(Entry(server), dir);

        Assert.Equal(Model.Value, await File.ReadAllBytesAsync(path));
        var ranges = server.Ranges.ToArray();
        Assert.Equal("", ranges[0]);
        Assert.Matches("^bytes=[1-9][0-9]*-$", ranges[^1]);
    }

    [Fact]
    public async Task DownloadAsync_PartFileLeftByEarlierRun_ContinuesFromIt()
    {
        using var server = new LocalModelServer(Model.Value);
        var dir = Fixtures.NewFolder("dl-part");
        var entry = Entry(server);
        await File.WriteAllBytesAsync(Path.Combine(dir, entry.File + ".part"), Model.Value[..1000]);

        var path = await CreateSut().DownloadAsync(entry, dir);

        Assert.Equal(Model.Value, await File.ReadAllBytesAsync(path));
        Assert.Equal(["bytes=1000-"], server.Ranges.ToArray());
    }

    [Fact]
    public async Task DownloadAsync_ChecksumMismatch_FailsAndKeepsNoFile()
    {
        using var server = new LocalModelServer(Model.Value);
        var dir = Fixtures.NewFolder("dl-sha");
        var entry = Entry(server) with { Sha256 = new string('0', 64) };

        var ex = await Assert.ThrowsAsync<UnavailableException>(() => CreateSut(retries: 1).DownloadAsync(entry, dir));

        Assert.Contains("SHA-256", ex.Message);
        Assert.Empty(Directory.GetFiles(dir));
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public async Task DownloadAsync_NotFound_FailsOnceWithoutRetrying()
    {
        using var server = new LocalModelServer(Model.Value, ServerBehaviour.NotFound);
        var dir = Fixtures.NewFolder("dl-404");

        var ex = await Assert.ThrowsAsync<UnavailableException>(() => CreateSut().DownloadAsync(Entry(server), dir));

        Assert.Contains("404", ex.Message);
        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public async Task DownloadAsync_ServerNeverAnswers_TimesOutEachAttemptThenFails()
    {
        using var server = new LocalModelServer(Model.Value, ServerBehaviour.NeverAnswer);
        var dir = Fixtures.NewFolder("dl-timeout");
        var time = new FakeTimeProvider();
        var sut = new ModelDownloader(new HttpClient { Timeout = Timeout.InfiniteTimeSpan },
            new ModelDownloadOptions { MaxRetries = 2, RetryDelay = TimeSpan.FromSeconds(1), ResponseTimeout = TimeSpan.FromSeconds(30) }, time);

        var download = sut.DownloadAsync(Entry(server), dir);
        for (var i = 0; i < 500 && !download.IsCompleted; i++)
        {
            time.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(10);
        }

        var ex = await Assert.ThrowsAsync<UnavailableException>(() => download);
        Assert.Contains("3 attempts", ex.Message);
        Assert.Equal(3, server.Requests);
    }

    private static ModelDownloader CreateSut(int retries = 3) =>
        new(new HttpClient { Timeout = TimeSpan.FromSeconds(30) }, new ModelDownloadOptions { MaxRetries = retries, RetryDelay = TimeSpan.FromMilliseconds(1) });

    private static ModelManifestEntry Entry(LocalModelServer server) =>
        new("tiny-random", "ggml-tiny-random.bin", server.BaseUrl + "ggml-tiny-random.bin", ModelDownloader.Sha256Of(Fixtures.ModelPath), null, 8, true);
}
