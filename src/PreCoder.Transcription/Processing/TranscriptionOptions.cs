using PreCoder.Core.Errors;

namespace PreCoder.Transcription.Processing;

/// <summary>The <c>Transcription</c> appsettings section.</summary>
public sealed class TranscriptionOptions
{
    public const string Section = "Transcription";

    /// <summary>A ggml model file; when set it wins over <see cref="Model"/>. <c>--model PATH</c> sets it.</summary>
    public string? ModelPath { get; set; }

    /// <summary>A model name from the manifest (tiny, base, small, medium, large-v3, ...), looked for in the study's
    /// <c>models/</c> folder and the tool's. The default value is <c>base</c>.</summary>
    public string Model { get; set; } = "base";

    /// <summary>An ISO 639-1 code, or <c>auto</c> to detect the language of each chunk. The default value is <c>auto</c>.</summary>
    public string Language { get; set; } = "auto";

    /// <summary>Adds the English text of each non-English segment with Whisper's translate task. The default value is true.</summary>
    public bool Translate { get; set; } = true;

    /// <summary>Initial context given to the decoder (style, topic).</summary>
    public string? Prompt { get; set; }

    /// <summary>Names, places and terms to spell consistently (e.g. hijrah, emni, hisbah, madhafa, ribat); appended to the prompt.</summary>
    public List<string> Vocabulary { get; set; } = [];

    /// <summary>
    /// The native runtime: Auto (the default value), Cpu, or Cuda on a GPU worker that has the Whisper.net.Runtime.Cuda
    /// libraries deployed. It does not change a transcript's input hash.
    /// </summary>
    public WhisperRuntime Runtime { get; set; } = WhisperRuntime.Auto;

    /// <summary>Decoder threads per recording; 0 uses all cores divided by <see cref="MaxConcurrency"/>.</summary>
    public int Threads { get; set; }

    /// <summary>Recordings transcribed at once; each holds its own decoder state. The default value is 1.</summary>
    public int MaxConcurrency { get; set; } = 1;

    /// <summary>Longest chunk fed to Whisper (its window is 30 s). The default value is 30.</summary>
    public double MaxChunkSeconds { get; set; } = 30;

    /// <summary>Shortest chunk before a silence may end it. The default value is 10.</summary>
    public double MinChunkSeconds { get; set; } = 10;

    /// <summary>A pause at least this long is a place to cut. The default value is 0.3.</summary>
    public double SilenceSeconds { get; set; } = 0.3;

    /// <summary>Frame energy (dBFS) above which a frame counts as voice. The default value is -45.</summary>
    public double VoiceThresholdDb { get; set; } = -45;

    /// <summary>Segments whose mean token probability is below this get <c>LowConfidence</c>. The default value is 0.4.</summary>
    public double LowProbabilityThreshold { get; set; } = 0.4;

    /// <summary>Segments whose no-speech probability is above this get <c>NoSpeech</c>. The default value is 0.6.</summary>
    public double NoSpeechProbabilityThreshold { get; set; } = 0.6;

    /// <summary>Speakers to separate automatically (best effort, flagged); 0 or 1 turns separation off. The default value is 2.</summary>
    public int Speakers { get; set; } = 2;

    /// <summary>Temperature step on decoder fallback; 0 disables fallback. Null keeps whisper.cpp's default (0.2).</summary>
    public float? TemperatureIncrement { get; set; }

    /// <summary>Tokens per segment; 0 leaves it to the model.</summary>
    public int MaxTokensPerSegment { get; set; }

    /// <summary>ffmpeg executable for formats other than WAV and MP3; default: found on PATH.</summary>
    public string? FfmpegPath { get; set; }

    /// <summary>Checks values at start, not mid-run.</summary>
    public void Validate()
    {
        void Fail(string problem) => throw new InputException("configuration", null, $"{Section}:{problem}");
        if (MaxChunkSeconds is < 2 or > 30)
        {
            Fail($"MaxChunkSeconds must be between 2 and 30 (Whisper's window), not {MaxChunkSeconds}");
        }
        if (MinChunkSeconds < 1 || MinChunkSeconds > MaxChunkSeconds)
        {
            Fail($"MinChunkSeconds must be between 1 and MaxChunkSeconds, not {MinChunkSeconds}");
        }
        if (SilenceSeconds is < 0.03 or > 5)
        {
            Fail($"SilenceSeconds must be between 0.03 and 5, not {SilenceSeconds}");
        }
        if (MaxConcurrency < 1 || Threads < 0 || Speakers < 0 || MaxTokensPerSegment < 0)
        {
            Fail("MaxConcurrency must be at least 1, and Threads, Speakers and MaxTokensPerSegment not negative");
        }
        if (string.IsNullOrWhiteSpace(Language))
        {
            Fail("Language must be 'auto' or an ISO 639-1 code");
        }
    }

    /// <summary>The decoder prompt: <see cref="Prompt"/> then the vocabulary.</summary>
    public string? FullPrompt()
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(Prompt))
        {
            parts.Add(Prompt.Trim());
        }
        if (Vocabulary.Count > 0)
        {
            parts.Add(string.Join(", ", Vocabulary.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim())) + ".");
        }
        return parts.Count == 0 ? null : string.Join(" ", parts);
    }
}
