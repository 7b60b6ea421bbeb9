using PreCoder.Transcription.Chunking;
using PreCoder.Transcription.Tests.TestKit;
using Xunit;

namespace PreCoder.Transcription.Tests.Chunking;

public class AudioChunkerTests
{
    [Fact]
    public void Chunks_SpeechWithPauses_CutsInsidePausesWithinLimits()
    {
        var chunks = CreateSut().Chunks(ArraySource.Bursts(120, speech: 4, pause: 1)).ToList();

        Assert.True(chunks.Count >= 4);
        Assert.All(chunks[..^1], c =>
        {
            Assert.True(c.CutAtSilence);
            Assert.InRange(c.Samples.Length / 16000.0, 10, 30);
            Assert.False(c.Voiced[^1], "a cut at a pause ends on an unvoiced frame");
        });
        Assert.Equal(120 * 16000, chunks.Sum(c => (long)c.Samples.Length));
    }

    [Fact]
    public void Chunks_SpeechWithoutPauses_CutsAtMaximumAndSaysSo()
    {
        var chunks = CreateSut().Chunks(ArraySource.Bursts(70, speech: 100, pause: 1)).ToList();

        Assert.Equal(30 * 16000, chunks[0].Samples.Length);
        Assert.False(chunks[0].CutAtSilence);
    }

    [Fact]
    public void Chunks_ResumedAtAChunkEnd_ReproducesTheRemainingChunks()
    {
        var all = CreateSut().Chunks(ArraySource.Bursts(120, speech: 4, pause: 1)).ToList();

        var resumed = CreateSut().Chunks(ArraySource.Bursts(120, speech: 4, pause: 1), all[1].StartSample + all[1].Samples.Length, firstIndex: 2).ToList();

        Assert.Equal(all.Skip(2).Select(c => (c.Index, c.StartSample, c.Samples.Length)), resumed.Select(c => (c.Index, c.StartSample, c.Samples.Length)));
    }

    [Fact]
    public void Chunks_TwoHourRecording_NeverHoldsMoreThanOneWindow()
    {
        var longest = 0;
        long total = 0;
        foreach (var chunk in CreateSut().Chunks(ArraySource.Bursts(2 * 3600, speech: 6, pause: 0.5)))
        {
            longest = Math.Max(longest, chunk.Samples.Length);
            total += chunk.Samples.Length;
        }

        Assert.True(longest <= 30 * 16000);
        Assert.Equal(2L * 3600 * 16000, total);
    }

    [Fact]
    public void VoicedFraction_SilentStretch_IsZero()
    {
        var chunk = CreateSut().Chunks(ArraySource.Bursts(10, speech: 4, pause: 6)).Single();

        Assert.True(chunk.VoicedFraction(0.5, 3.5) > 0.9);
        Assert.Equal(0, chunk.VoicedFraction(5, 9));
    }

    private static AudioChunker CreateSut() => new(minSeconds: 10, maxSeconds: 30, silenceSeconds: 0.3, voiceThresholdDb: -45);
}
