using PreCoder.Core.Errors;
using PreCoder.Core.Transcripts;
using PreCoder.Transcription.Processing;
using PreCoder.Transcription.Tests.TestKit;
using Xunit;

namespace PreCoder.Transcription.Tests.Processing;

public class RecordingTranscriberTests
{
    [EspeakFact]
    public async Task TranscribeAsync_EnglishSpeech_SegmentsOrderedInsideDuration()
    {
        var wav = Fixtures.Speech("en-short", "en", "I grew up in a small town near the river, and I left when I was nineteen years old.");

        var transcript = await TranscribeAsync(wav, Some.Options());

        Assert.NotEmpty(transcript.Segments);
        AssertTimeline(transcript);
        Assert.All(transcript.Segments, s => Assert.False(string.IsNullOrWhiteSpace(s.Text)));
    }

    [EspeakFact]
    public async Task TranscribeAsync_AutoLanguage_ReportsLanguageAndProbabilityAndBothTexts()
    {
        var wav = Fixtures.Speech("fr-short", "fr", "Je suis parti de chez moi au printemps, avec mon cousin et deux amis du quartier.");

        var transcript = await TranscribeAsync(wav, Some.Options());

        Assert.Matches("^[a-z]{2,3}$", transcript.Language);
        Assert.InRange(transcript.LanguageProbability!.Value, 0.0, 1.0);
        Assert.All(transcript.Segments, s =>
        {
            Assert.Equal(transcript.Language, s.Language);
            Assert.NotNull(s.English);
            Assert.False(string.IsNullOrWhiteSpace(s.Text));
        });
    }

    [EspeakFact]
    public async Task TranscribeAsync_GivenNonEnglishLanguage_TranslatesEachSegmentSeparately()
    {
        var wav = Fixtures.Speech("fr-short", "fr", "Je suis parti de chez moi au printemps, avec mon cousin et deux amis du quartier.");

        var transcript = await TranscribeAsync(wav, Some.Options(o => o.Language = "fr"));

        Assert.NotEmpty(transcript.Segments);
        Assert.All(transcript.Segments, s =>
        {
            Assert.Equal("fr", s.Language);
            Assert.NotNull(s.English);
        });
        Assert.Null(transcript.LanguageProbability);
    }

    [EspeakFact]
    public async Task TranscribeAsync_TranslateOff_LeavesEnglishNullForNonEnglish()
    {
        var wav = Fixtures.Speech("fr-short", "fr", "Je suis parti de chez moi au printemps, avec mon cousin et deux amis du quartier.");

        var transcript = await TranscribeAsync(wav, Some.Options(o =>
        {
            o.Language = "fr";
            o.Translate = false;
        }));

        Assert.All(transcript.Segments, s => Assert.Null(s.English));
    }

    [EspeakFact]
    public async Task TranscribeAsync_EnglishLanguage_EnglishEqualsText()
    {
        var wav = Fixtures.Speech("en-short", "en", "I grew up in a small town near the river, and I left when I was nineteen years old.");

        var transcript = await TranscribeAsync(wav, Some.Options(o => o.Language = "en"));

        Assert.All(transcript.Segments, s => Assert.Equal(s.Text, s.English));
    }

    [EspeakFact]
    public async Task TranscribeAsync_LongInterview_ChunksWithinWhisperWindow()
    {
        var wav = Fixtures.Interview("interview-50s", 50);

        var transcript = await TranscribeAsync(wav, Some.Options(o =>
        {
            o.Translate = false;
            o.MaxChunkSeconds = 20;
            o.MinChunkSeconds = 5;
        }));

        Assert.True(transcript.Chunks >= 3, $"{transcript.Chunks} chunks");
        Assert.InRange(transcript.DurationSeconds, 50, 70);
        AssertTimeline(transcript);
    }

    [EspeakFact]
    public async Task TranscribeAsync_InterruptedAfterFirstChunk_ResumesFromCheckpoint()
    {
        var wav = Fixtures.Interview("interview-50s", 50);
        var options = Some.Options(o =>
        {
            o.Translate = false;
            o.MaxChunkSeconds = 20;
            o.MinChunkSeconds = 5;
        });
        var checkpoints = Fixtures.NewFolder("resume");
        await using var transcriber = SharedModel.Factory.CreateTranscriber(options);
        using var cts = new CancellationTokenSource();
        var reports = 0;
        var progress = new SyncProgress(_ =>
        {
            if (++reports == 1)
            {
                cts.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => transcriber.TranscribeAsync(wav, "hash-1", checkpoints, progress, cts.Token));
        Assert.True(File.Exists(Path.Combine(checkpoints, "chunk-00000.json")));
        var resumed = await transcriber.TranscribeAsync(wav, "hash-1", checkpoints);
        var fresh = await TranscribeAsync(wav, options);

        Assert.InRange(resumed.ResumedChunks, 1, resumed.Chunks - 1);
        Assert.Equal(fresh.Chunks, resumed.Chunks);
        Assert.Equal(fresh.Segments.Select(s => s.Start), resumed.Segments.Select(s => s.Start));
        AssertTimeline(resumed);
    }

    [EspeakFact]
    public async Task TranscribeAsync_DifferentInputHash_DiscardsOldCheckpoints()
    {
        var wav = Fixtures.Speech("en-short", "en", "I grew up in a small town near the river, and I left when I was nineteen years old.");
        var checkpoints = Fixtures.NewFolder("rehash");
        await using var transcriber = SharedModel.Factory.CreateTranscriber(Some.Options());
        await transcriber.TranscribeAsync(wav, "hash-a", checkpoints);

        var again = await transcriber.TranscribeAsync(wav, "hash-a", checkpoints);
        var changed = await transcriber.TranscribeAsync(wav, "hash-b", checkpoints);

        Assert.Equal(again.Chunks, again.ResumedChunks);
        Assert.Equal(0, changed.ResumedChunks);
    }

    [EspeakFact]
    public async Task TranscribeAsync_TwoSpeakers_LabelsSpeakersAsAutomatic()
    {
        var wav = Fixtures.Interview("interview-50s", 50);

        var transcript = await TranscribeAsync(wav, Some.Options(o =>
        {
            o.Translate = false;
            o.Speakers = 2;
        }));

        Assert.All(transcript.Segments, s =>
        {
            Assert.Contains(s.Speaker, new[] { "Speaker 1", "Speaker 2" });
            Assert.True(s.Flags.HasFlag(TrustFlags.AutomaticSpeaker));
        });
    }

    [Fact]
    public async Task TranscribeAsync_SilentWav_ThrowsInputException()
    {
        var wav = Fixtures.Silence("silent", 5);

        var ex = await Assert.ThrowsAsync<InputException>(() => TranscribeAsync(wav, Some.Options()));

        Assert.Equal(wav, ex.File);
        Assert.Contains("no voice", ex.Problem);
    }

    [Fact]
    public async Task TranscribeAsync_GarbageWav_ThrowsInputException()
    {
        var wav = Path.Combine(Fixtures.NewFolder("garbage"), "broken.wav");
        File.WriteAllBytes(wav, [.. "RIFF"u8, 1, 2, 3, 4, .. "not really a wave file at all"u8]);

        var ex = await Assert.ThrowsAsync<InputException>(() => TranscribeAsync(wav, Some.Options()));

        Assert.Equal(wav, ex.File);
    }

    private static async Task<RecordingTranscript> TranscribeAsync(string wav, TranscriptionOptions options)
    {
        await using var transcriber = SharedModel.Factory.CreateTranscriber(options);
        return await transcriber.TranscribeAsync(wav, Guid.NewGuid().ToString(), Fixtures.NewFolder("checkpoints"));
    }

    private static void AssertTimeline(RecordingTranscript transcript)
    {
        var previousEnd = 0.0;
        foreach (var s in transcript.Segments)
        {
            Assert.True(s.Start >= previousEnd - 1e-6, $"segment at {s.Start} starts before the previous end {previousEnd}");
            Assert.True(s.End >= s.Start, $"segment ends at {s.End} before its start {s.Start}");
            Assert.True(s.End <= transcript.DurationSeconds + 1e-6, $"segment ends at {s.End} after the audio ({transcript.DurationSeconds})");
            previousEnd = s.End;
        }
    }

    /// <summary>Reports on the calling thread, so cancellation happens exactly after the first chunk.</summary>
    private sealed class SyncProgress(Action<TranscriptionProgress> report) : IProgress<TranscriptionProgress>
    {
        public void Report(TranscriptionProgress value) => report(value);
    }
}
