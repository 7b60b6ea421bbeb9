using PreCoder.Transcription.Processing;

namespace PreCoder.Transcription.Tests.TestKit;

/// <summary>Test data: options that keep the random-weight decoder fast and deterministic.</summary>
public static class Some
{
    public static TranscriptionOptions Options(Action<TranscriptionOptions>? change = null)
    {
        var options = new TranscriptionOptions
        {
            TemperatureIncrement = 0,
            MaxTokensPerSegment = 8,
            Threads = 2,
            Vocabulary = ["hijrah", "madhafa"],
        };
        change?.Invoke(options);
        return options;
    }
}
