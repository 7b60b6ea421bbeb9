using PreCoder.Core.Errors;
using PreCoder.Transcription.Models;
using PreCoder.Transcription.Processing;
using PreCoder.Transcription.Tests.TestKit;
using Xunit;

namespace PreCoder.Transcription.Tests.Models;

public class ModelVerifierTests
{
    [Fact]
    public void Check_MatchingSha256_Verified()
    {
        var check = ModelVerifier.Check(Fixtures.ModelPath, Entry(ModelDownloader.Sha256Of(Fixtures.ModelPath)));

        Assert.Equal(ModelCheckStatus.Verified, check.Status);
    }

    [Fact]
    public void Check_NoPublishedSha256_UnverifiedAndSaysSo()
    {
        var check = ModelVerifier.Check(Fixtures.ModelPath, Entry(null));

        Assert.Equal(ModelCheckStatus.Unverified, check.Status);
        Assert.Contains("no published SHA-256", check.Detail);
    }

    [Fact]
    public void Check_DifferentSha256_Mismatch()
    {
        var check = ModelVerifier.Check(Fixtures.ModelPath, Entry(new string('a', 64)));

        Assert.Equal(ModelCheckStatus.Mismatch, check.Status);
    }

    [Fact]
    public void Verify_TruncatedFileAndMissingModel_ReportsInvalidAndMissing()
    {
        var dir = Fixtures.NewFolder("verify");
        File.WriteAllBytes(Path.Combine(dir, "ggml-base.bin"), File.ReadAllBytes(Fixtures.ModelPath)[..5000]);

        var checks = ModelVerifier.Verify(dir, ModelManifest.Load(), includeMissing: true);

        Assert.Equal(ModelCheckStatus.Invalid, checks.Single(c => c.Name == "base").Status);
        Assert.Equal(ModelCheckStatus.Missing, checks.Single(c => c.Name == "tiny").Status);
    }

    [Fact]
    public void Load_EmbeddedManifest_ListsStandardModelsWithHonestHashes()
    {
        var manifest = ModelManifest.Load();

        var tiny = manifest.Find("tiny");
        Assert.NotNull(tiny);
        Assert.StartsWith("https://huggingface.co/ggerganov/whisper.cpp/resolve/main/", tiny.Url);
        Assert.Matches("^[0-9a-f]{64}$", tiny.Sha256);
        Assert.Contains(manifest.Models, m => m.Sha256 is null);
        Assert.All(manifest.Models, m => Assert.EndsWith(m.File, m.Url));
    }

    [Fact]
    public void Resolve_NamedModelMissing_SaysWhichFileWhereAndHowToPull()
    {
        var dir = Fixtures.NewFolder("locator");

        var ex = Assert.Throws<UnavailableException>(() => ModelLocator.Resolve(new TranscriptionOptions { Model = "small" }, [dir], ModelManifest.Load()));

        Assert.Contains("ggml-small.bin", ex.Message);
        Assert.Contains(dir, ex.Message);
        Assert.Contains("precoder models pull small", ex.Message);
    }

    [Fact]
    public void Resolve_NamedModelPresent_ReturnsItsPath()
    {
        var dir = Fixtures.NewFolder("locator-ok");
        var file = Path.Combine(dir, "ggml-tiny.bin");
        File.Copy(Fixtures.ModelPath, file);

        var path = ModelLocator.Resolve(new TranscriptionOptions { Model = "tiny" }, [Fixtures.NewFolder("empty"), dir], ModelManifest.Load());

        Assert.Equal(file, path);
    }

    private static ModelManifestEntry Entry(string? sha) => new("tiny-random", "ggml-tiny-random.bin", "http://127.0.0.1/x", sha, null, 8, true);
}
