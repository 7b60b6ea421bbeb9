using PreCoder.Core.Transcripts;
using PreCoder.Transcription.Checkpoints;
using PreCoder.Transcription.Trust;
using Xunit;

namespace PreCoder.Transcription.Tests.Trust;

public class TrustFlaggerTests
{
    private static readonly ChunkResult Clean = new(0, 0, 30 * 16000, true, 20, "en", 0.9f, []);

    [Fact]
    public void Flag_ConfidentVoicedDistinctSegments_NoFlags()
    {
        var flags = CreateSut().Flag([(Clean, Seg(0, 4, "we left in the spring")), (Clean, Seg(4, 8, "my cousin came with me"))]);

        Assert.All(flags, f => Assert.Equal(TrustFlags.None, f));
    }

    [Fact]
    public void Flag_SameTextInConsecutiveSegments_FlagsBothAsRepetition()
    {
        var flags = CreateSut().Flag([(Clean, Seg(0, 4, "thank you for watching")), (Clean, Seg(4, 8, "thank you for watching"))]);

        Assert.All(flags, f => Assert.True(f.HasFlag(TrustFlags.Repetition)));
    }

    [Fact]
    public void Flag_LoopInsideOneSegment_FlagsRepetition()
    {
        var flags = CreateSut().Flag([(Clean, Seg(0, 8, "and then we and then we and then we and then we"))]);

        Assert.True(flags[0].HasFlag(TrustFlags.Repetition));
    }

    [Fact]
    public void Flag_TextOverSilence_FlagsNoSpeech()
    {
        var flags = CreateSut().Flag([(Clean, Seg(0, 4, "music playing") with { VoicedFraction = 0.05 })]);

        Assert.True(flags[0].HasFlag(TrustFlags.NoSpeech));
    }

    [Fact]
    public void Flag_HighNoSpeechProbability_FlagsNoSpeech()
    {
        var flags = CreateSut().Flag([(Clean, Seg(0, 4, "hello there") with { NoSpeechProbability = 0.9f })]);

        Assert.True(flags[0].HasFlag(TrustFlags.NoSpeech));
    }

    [Fact]
    public void Flag_LowAverageProbability_FlagsLowConfidence()
    {
        var flags = CreateSut().Flag([(Clean, Seg(0, 4, "hello there") with { Probability = 0.1f })]);

        Assert.Equal(TrustFlags.LowConfidence, flags[0]);
    }

    [Fact]
    public void Flag_SegmentEndingAtMidSpeechCut_FlagsChunkBoundary()
    {
        var cut = Clean with { CutAtSilence = false };

        var flags = CreateSut().Flag([(cut, Seg(20, 29.5, "and so we decided")), (cut, Seg(10, 14, "earlier words"))]);

        Assert.True(flags[0].HasFlag(TrustFlags.ChunkBoundary));
        Assert.False(flags[1].HasFlag(TrustFlags.ChunkBoundary));
    }

    [Fact]
    public void Flag_TimestampClampedToChunk_FlagsChunkBoundary()
    {
        var flags = CreateSut().Flag([(Clean, Seg(25, 30, "words past the end") with { Clamped = true })]);

        Assert.True(flags[0].HasFlag(TrustFlags.ChunkBoundary));
    }

    private static TrustFlagger CreateSut() => new(lowProbability: 0.4, noSpeechProbability: 0.6);

    private static ChunkSegment Seg(double start, double end, string text) => new(start, end, text, text, 0.9f, 0.01f, 1.0, false, []);
}
