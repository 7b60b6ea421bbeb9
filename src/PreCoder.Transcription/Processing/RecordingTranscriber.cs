using Microsoft.Extensions.Logging;
using PreCoder.Core.Errors;
using PreCoder.Core.Transcripts;
using PreCoder.Transcription.Audio;
using PreCoder.Transcription.Checkpoints;
using PreCoder.Transcription.Chunking;
using PreCoder.Transcription.Models;
using PreCoder.Transcription.Speakers;
using PreCoder.Transcription.Trust;
using Whisper.net;

namespace PreCoder.Transcription.Processing;

/// <summary>
/// Transcribes recordings chunk by chunk: detects each chunk's language, transcribes it, translates each non-English
/// segment's audio to English (so the two texts stay aligned per segment), checkpoints the chunk, and at the end
/// flags doubtful segments and separates speakers. Memory holds one chunk of audio plus the transcript.
/// </summary>
public sealed class RecordingTranscriber : IAsyncDisposable
{
    private const double TranslationPadSeconds = 0.1;
    private const double MinTranslationSeconds = 1.0;
    private const double MinVoicedSecondsPerChunk = 0.3;

    private readonly WhisperFactory _whisper;
    private readonly GgmlModelInfo _model;
    private readonly TranscriptionOptions _options;
    private readonly AudioDecoder _decoder;
    private readonly ILogger _logger;
    private WhisperProcessor? _transcribe;
    private WhisperProcessor? _translate;

    internal RecordingTranscriber(WhisperFactory whisper, GgmlModelInfo model, TranscriptionOptions options, AudioDecoder decoder, ILogger logger)
    {
        _whisper = whisper;
        _model = model;
        _options = options;
        _decoder = decoder;
        _logger = logger;
    }

    /// <param name="inputHash">Identifies the audio and options; checkpoints of another hash are discarded.</param>
    /// <param name="checkpointDirectory">This recording's own folder; a rerun resumes after its last finished chunk.</param>
    /// <exception cref="InputException">The audio is corrupt, empty or holds no voice.</exception>
    public async Task<RecordingTranscript> TranscribeAsync(
        string path,
        string inputHash,
        string checkpointDirectory,
        IProgress<TranscriptionProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var store = new CheckpointStore(checkpointDirectory);
        var chunks = new List<ChunkResult>(store.Load(inputHash));
        var resumed = chunks.Count;
        using var source = _decoder.Open(path);
        var total = source.Duration?.TotalSeconds;
        var start = chunks.Count > 0 ? chunks[^1].EndSample : 0;
        if (resumed > 0)
        {
            _logger.Resuming(path, resumed, chunks[^1].EndSeconds);
            progress?.Report(new TranscriptionProgress(path, chunks[^1].EndSeconds, total, resumed - 1, Resumed: true));
        }
        var chunker = new AudioChunker(_options.MinChunkSeconds, _options.MaxChunkSeconds, _options.SilenceSeconds, _options.VoiceThresholdDb);
        foreach (var chunk in chunker.Chunks(source, start, chunks.Count, cancellationToken))
        {
            var result = await TranscribeChunkAsync(path, chunk, cancellationToken);
            store.Save(result);
            chunks.Add(result);
            progress?.Report(new TranscriptionProgress(path, result.EndSeconds, total, result.Index, Resumed: false));
        }
        var duration = chunks.Count > 0 ? chunks[^1].EndSeconds : 0;
        if (duration <= 0)
        {
            throw new InputException(path, null, "no audio samples could be decoded (empty or truncated file)");
        }
        if (chunks.All(c => c.VoicedSeconds < MinVoicedSecondsPerChunk))
        {
            throw new InputException(path, null, $"no voice found in {duration:F1} s of audio (silent recording?)");
        }
        var transcript = Assemble(path, duration, chunks, resumed);
        _logger.RecordingDone(path, transcript.Segments.Count, duration, transcript.Language);
        return transcript;
    }

    private async Task<ChunkResult> TranscribeChunkAsync(string path, AudioChunk chunk, CancellationToken cancellationToken)
    {
        var endSample = chunk.StartSample + chunk.Samples.Length;
        if (chunk.VoicedSeconds < MinVoicedSecondsPerChunk)
        {
            // Whisper invents text over silence; a chunk without voice is not worth the risk or the time.
            _logger.ChunkSilent(path, chunk.Index, chunk.StartSeconds);
            return new ChunkResult(chunk.Index, chunk.StartSample, endSample, chunk.CutAtSilence, chunk.VoicedSeconds, null, null, []);
        }
        var transcribe = _transcribe ??= Build(translate: false);
        string language;
        float? probability = null;
        if (!_model.IsMultilingual)
        {
            language = "en";
        }
        else if (string.Equals(_options.Language, "auto", StringComparison.OrdinalIgnoreCase))
        {
            var (detected, p) = transcribe.DetectLanguageWithProbability(chunk.Samples);
            language = string.IsNullOrEmpty(detected) ? "en" : detected;
            probability = p;
            transcribe.ChangeLanguage(language);
        }
        else
        {
            language = _options.Language.ToLowerInvariant();
        }

        var length = chunk.Samples.Length / (double)AudioFormat.SampleRate;
        var raw = new List<(double Start, double End, SegmentData Data, bool Clamped)>();
        var previousEnd = 0.0;
        await foreach (var s in transcribe.ProcessAsync(chunk.Samples, cancellationToken))
        {
            var text = s.Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }
            // Whisper's timestamps can run past the audio it was given, or backwards; keep them inside the chunk and in order.
            var clamped = s.End.TotalSeconds > length + 0.05;
            var a = Math.Clamp(s.Start.TotalSeconds, previousEnd, length);
            var b = Math.Clamp(s.End.TotalSeconds, a, length);
            raw.Add((a, b, s, clamped));
            previousEnd = b;
        }

        var segments = new List<ChunkSegment>(raw.Count);
        foreach (var (a, b, data, clamped) in raw)
        {
            var text = data.Text.Trim();
            var english = language == "en" ? text : _options.Translate && _model.IsMultilingual ? await TranslateAsync(chunk, a, b, language, cancellationToken) : null;
            segments.Add(new ChunkSegment(
                chunk.StartSeconds + a,
                chunk.StartSeconds + b,
                text,
                english,
                data.Probability,
                data.NoSpeechProbability,
                chunk.VoicedFraction(a, b),
                clamped,
                _options.Speakers > 1 ? VoiceFeatures.Compute(Slice(chunk, a, b, 0)) : []));
            _logger.SegmentText(chunk.StartSeconds + a, chunk.StartSeconds + b, text, english);
        }
        _logger.ChunkDone(path, chunk.Index, chunk.StartSeconds, segments.Count, language, probability);
        return new ChunkResult(chunk.Index, chunk.StartSample, endSample, chunk.CutAtSilence, chunk.VoicedSeconds, language, probability, segments);
    }

    private async Task<string> TranslateAsync(AudioChunk chunk, double start, double end, string language, CancellationToken cancellationToken)
    {
        var translate = _translate ??= Build(translate: true);
        translate.ChangeLanguage(language);
        var parts = new List<string>();
        await foreach (var s in translate.ProcessAsync(Slice(chunk, start, end, TranslationPadSeconds).ToArray(), cancellationToken))
        {
            var text = s.Text.Trim();
            if (text.Length > 0)
            {
                parts.Add(text);
            }
        }
        return string.Join(" ", parts);
    }

    private static ReadOnlySpan<float> Slice(AudioChunk chunk, double start, double end, double pad)
    {
        var length = chunk.Samples.Length / (double)AudioFormat.SampleRate;
        var a = Math.Max(0, start - pad);
        var b = Math.Min(length, end + pad);
        if (pad > 0 && b - a < MinTranslationSeconds)
        {
            var mid = (a + b) / 2;
            a = Math.Max(0, mid - MinTranslationSeconds / 2);
            b = Math.Min(length, a + MinTranslationSeconds);
        }
        var from = (int)(a * AudioFormat.SampleRate);
        var to = Math.Max(from, (int)(b * AudioFormat.SampleRate));
        return chunk.Samples.AsSpan(from, to - from);
    }

    private RecordingTranscript Assemble(string path, double duration, List<ChunkResult> chunks, int resumed)
    {
        var all = chunks.SelectMany(c => c.Segments.Select(s => (Chunk: c, Segment: s))).ToList();
        var flags = new TrustFlagger(_options.LowProbabilityThreshold, _options.NoSpeechProbabilityThreshold).Flag(all);
        var separate = _options.Speakers > 1 && all.Count >= _options.Speakers;
        var speakers = separate ? SpeakerClusterer.Assign(all.Select(x => x.Segment.VoiceFeatures).ToList(), _options.Speakers) : null;
        var segments = new List<TranscribedSegment>(all.Count);
        for (var i = 0; i < all.Count; i++)
        {
            var (c, s) = all[i];
            var f = flags[i] | (separate ? TrustFlags.AutomaticSpeaker : TrustFlags.None);
            segments.Add(new TranscribedSegment(
                s.Start, Math.Min(s.End, duration), s.Text, s.English, c.Language, s.Probability, s.NoSpeechProbability,
                speakers is null ? "" : $"Speaker {speakers[i] + 1}", f));
        }
        var voiced = chunks.Where(c => c.Language is not null).GroupBy(c => c.Language!).Select(g => (Language: g.Key, Seconds: g.Sum(c => c.VoicedSeconds))).OrderByDescending(g => g.Seconds).FirstOrDefault();
        var withP = chunks.Where(c => c.LanguageProbability is not null).ToList();
        double? probability = withP.Count == 0 ? null : withP.Sum(c => c.LanguageProbability!.Value * c.VoicedSeconds) / Math.Max(1e-9, withP.Sum(c => c.VoicedSeconds));
        return new RecordingTranscript(path, duration, voiced.Language, probability, segments, chunks.Count, resumed);
    }

    private WhisperProcessor Build(bool translate)
    {
        var threads = _options.Threads > 0 ? _options.Threads : Math.Max(1, Environment.ProcessorCount / _options.MaxConcurrency);
        var builder = _whisper.CreateBuilder()
            .WithThreads(threads)
            .WithProbabilities()
            .WithLanguage(_model.IsMultilingual && !string.Equals(_options.Language, "auto", StringComparison.OrdinalIgnoreCase) ? _options.Language.ToLowerInvariant() : "en");
        if (translate)
        {
            builder = builder.WithTranslate().WithSingleSegment();
        }
        if (_options.FullPrompt() is { } prompt)
        {
            builder = builder.WithPrompt(prompt);
        }
        if (_options.TemperatureIncrement is { } inc)
        {
            builder = builder.WithTemperatureInc(inc);
        }
        if (_options.MaxTokensPerSegment > 0)
        {
            builder = builder.WithMaxTokensPerSegment(_options.MaxTokensPerSegment);
        }
        return builder.Build();
    }

    public async ValueTask DisposeAsync()
    {
        if (_transcribe is not null)
        {
            await _transcribe.DisposeAsync();
        }
        if (_translate is not null)
        {
            await _translate.DisposeAsync();
        }
    }
}
