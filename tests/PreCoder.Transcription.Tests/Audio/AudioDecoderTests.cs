using NAudio.Wave;
using PreCoder.Core.Errors;
using PreCoder.Transcription.Audio;
using PreCoder.Transcription.Tests.TestKit;
using Xunit;

namespace PreCoder.Transcription.Tests.Audio;

public class AudioDecoderTests
{
    [EspeakFact]
    public void Open_EspeakWav22kHz_ResamplesTo16kHz()
    {
        var wav = Fixtures.Speech("en-decoder", "en", "Testing the decoder with a short sentence.");
        using var reader = new WaveFileReader(wav);
        var seconds = reader.TotalTime.TotalSeconds;

        var samples = ReadAll(CreateSut().Open(wav));

        Assert.Equal(22050, reader.WaveFormat.SampleRate);
        Assert.InRange(samples.Length / 16000.0, seconds - 0.05, seconds + 0.05);
        Assert.Contains(samples, s => Math.Abs(s) > 0.05);
    }

    [Fact]
    public void Open_Stereo44kHzWav_DownmixesToMono16kHz()
    {
        var wav = Path.Combine(Fixtures.NewFolder("stereo"), "stereo.wav");
        using (var writer = new WaveFileWriter(wav, new WaveFormat(44100, 16, 2)))
        {
            var frames = Enumerable.Range(0, 44100 * 2).SelectMany(i => new[] { 0.5f, 0.1f }).ToArray();
            writer.WriteSamples(frames, 0, frames.Length);
        }

        var samples = ReadAll(CreateSut().Open(wav));

        Assert.InRange(samples.Length, 31900, 32100);
        Assert.InRange(samples[16000], 0.29f, 0.31f);
    }

    [Fact]
    public void Open_EmptyFile_ThrowsInputException()
    {
        var path = Path.Combine(Fixtures.NewFolder("empty"), "empty.wav");
        File.WriteAllBytes(path, []);

        var ex = Assert.Throws<InputException>(() => CreateSut().Open(path));

        Assert.Contains("empty", ex.Problem);
    }

    [Fact]
    public void Open_TextFileNamedWav_ThrowsInputException()
    {
        var path = Path.Combine(Fixtures.NewFolder("text"), "notes.wav");
        File.WriteAllText(path, "these are interview notes, not audio");

        var ex = Assert.Throws<InputException>(() => CreateSut().Open(path));

        Assert.Equal(path, ex.File);
    }

    [Fact]
    public void Open_M4aWithoutFfmpeg_ThrowsUnavailableNamingFfmpeg()
    {
        var path = Path.Combine(Fixtures.NewFolder("noffmpeg"), "talk.m4a");
        File.WriteAllBytes(path, [1, 2, 3]);
        var sut = new AudioDecoder(new FfmpegTool("/nonexistent/ffmpeg"));

        var ex = Assert.Throws<UnavailableException>(() => sut.Open(path));

        Assert.Contains("ffmpeg", ex.Message);
        Assert.Contains(".m4a", ex.Message);
    }

    [FfmpegTheory]
    [InlineData(".mp3")]
    [InlineData(".m4a")]
    [InlineData(".ogg")]
    [InlineData(".opus")]
    [InlineData(".flac")]
    [InlineData(".mkv")]
    [InlineData(".mp4")]
    [InlineData(".mov")]
    public void Open_ConvertedFixture_DecodesTo16kHzWithSameLength(string extension)
    {
        var wav = Fixtures.Speech("en-formats", "en", "The same sentence in every container format.");
        var expected = ReadAll(CreateSut().Open(wav)).Length / 16000.0;
        var converted = Fixtures.Convert(wav, extension);

        var samples = ReadAll(CreateSut().Open(converted));

        Assert.InRange(samples.Length / 16000.0, expected - 0.15, expected + 0.15);
        Assert.Contains(samples, s => Math.Abs(s) > 0.05);
    }

    [FfmpegFact]
    public void Open_CorruptM4a_ThrowsInputExceptionFromFfmpeg()
    {
        var path = Path.Combine(Fixtures.NewFolder("corrupt"), "broken.m4a");
        File.WriteAllBytes(path, [.. "\0\0\0 ftypM4A "u8, .. new byte[500]]);

        var ex = Assert.Throws<InputException>(() => ReadAll(CreateSut().Open(path)));

        Assert.Contains("ffmpeg", ex.Problem);
    }

    private static AudioDecoder CreateSut() => new(new FfmpegTool(null));

    private static float[] ReadAll(IAudioSource source)
    {
        using (source)
        {
            var all = new List<float>();
            var buffer = new float[8000];
            int n;
            while ((n = source.Read(buffer)) > 0)
            {
                all.AddRange(buffer[..n]);
            }
            return all.ToArray();
        }
    }
}
