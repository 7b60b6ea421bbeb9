using PreCoder.Core.Errors;
using PreCoder.Transcription.Models;
using PreCoder.Transcription.Processing;
using PreCoder.Transcription.Tests.TestKit;
using Xunit;

namespace PreCoder.Transcription.Tests.Models;

public class GgmlModelReaderTests
{
    [Fact]
    public void Validate_GeneratedModel_ReturnsHyperParameters()
    {
        var info = GgmlModelReader.Validate(Fixtures.ModelPath);

        Assert.Equal(SyntheticModelWriter.MultilingualVocabulary, info.Vocabulary);
        Assert.Equal(64, info.AudioState);
        Assert.Equal(1, info.AudioLayers);
        Assert.Equal(80, info.Mels);
        Assert.Equal(1, info.WeightType);
        Assert.True(info.IsMultilingual);
        Assert.True(info.Length is > 6_000_000 and < 10_000_000, $"model is {info.Length} bytes");
    }

    [Fact]
    public void Validate_TruncatedModel_ThrowsInputExceptionNamingFile()
    {
        var path = Copy("truncated", bytes => bytes[..(bytes.Length / 2)]);

        var ex = Assert.Throws<InputException>(() => GgmlModelReader.Validate(path));

        Assert.Equal(path, ex.File);
        Assert.Contains("truncated", ex.Problem);
    }

    [Fact]
    public void Validate_WrongMagic_ThrowsInputException()
    {
        var path = Copy("magic", bytes =>
        {
            bytes[0] = (byte)'x';
            return bytes;
        });

        var ex = Assert.Throws<InputException>(() => GgmlModelReader.Validate(path));

        Assert.Contains("magic", ex.Problem);
    }

    [Fact]
    public void Validate_F32FileType_ThrowsInputExceptionBeforeNativeCode()
    {
        var path = Copy("f32", bytes =>
        {
            bytes[44] = 0; // the use_f16 field after the magic and ten hyper-parameters
            return bytes;
        });

        var ex = Assert.Throws<InputException>(() => GgmlModelReader.Validate(path));

        Assert.Contains("f32", ex.Problem);
    }

    [Fact]
    public void Validate_TextFile_ThrowsInputException()
    {
        var path = Path.Combine(Fixtures.NewFolder("text-model"), "ggml-base.bin");
        File.WriteAllText(path, "<html>404 Not Found</html>");

        Assert.Throws<InputException>(() => GgmlModelReader.Validate(path));
    }

    [Fact]
    public void Validate_MissingFile_ThrowsUnavailableException()
    {
        var path = Path.Combine(Fixtures.NewFolder("missing-model"), "ggml-base.bin");

        var ex = Assert.Throws<UnavailableException>(() => GgmlModelReader.Validate(path));

        Assert.Contains(path, ex.Message);
    }

    [Fact]
    public void FromPath_TruncatedModel_ThrowsInputExceptionWithoutLoading()
    {
        var path = Copy("truncated-factory", bytes => bytes[..(bytes.Length - 100)]);

        Assert.Throws<InputException>(() => TranscriberFactory.FromPath(path));
    }

    private static string Copy(string name, Func<byte[], byte[]> change)
    {
        var path = Path.Combine(Fixtures.NewFolder(name), "ggml-model.bin");
        File.WriteAllBytes(path, change(File.ReadAllBytes(Fixtures.ModelPath)));
        return path;
    }
}
