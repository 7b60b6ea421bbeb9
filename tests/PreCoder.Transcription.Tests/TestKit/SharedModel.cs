using PreCoder.Transcription.Processing;

namespace PreCoder.Transcription.Tests.TestKit;

/// <summary>The tiny model loaded once for all tests, as an application would load it once.</summary>
public static class SharedModel
{
    private static readonly Lazy<TranscriberFactory> Instance = new(() => TranscriberFactory.FromPath(Fixtures.ModelPath));

    public static TranscriberFactory Factory => Instance.Value;
}
