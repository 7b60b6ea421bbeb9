using PreCoder.Core.Errors;
using PreCoder.Transcription.Processing;
using Xunit;

namespace PreCoder.Transcription.Tests.Processing;

public class TranscriptionOptionsTests
{
    [Fact]
    public void Validate_ChunkLongerThanWhisperWindow_ThrowsInputExceptionNamingKey()
    {
        var ex = Assert.Throws<InputException>(() => new TranscriptionOptions { MaxChunkSeconds = 45 }.Validate());

        Assert.Contains("Transcription:MaxChunkSeconds", ex.Message);
    }

    [Fact]
    public void FullPrompt_PromptAndVocabulary_JoinsBoth()
    {
        var prompt = new TranscriptionOptions { Prompt = "Interview about travel.", Vocabulary = ["hijrah", "emni", "hisbah"] }.FullPrompt();

        Assert.Equal("Interview about travel. hijrah, emni, hisbah.", prompt);
    }

    [Fact]
    public void Compute_DifferentVocabulary_ChangesInputHash()
    {
        var audio = Path.GetTempFileName();
        File.WriteAllBytes(audio, [1, 2, 3]);

        var a = InputHash.Compute(audio, "model.bin", new TranscriptionOptions());
        var b = InputHash.Compute(audio, "model.bin", new TranscriptionOptions { Vocabulary = ["madhafa"] });

        Assert.NotEqual(a, b);
        Assert.Equal(a, InputHash.Compute(audio, "model.bin", new TranscriptionOptions()));
    }
}
