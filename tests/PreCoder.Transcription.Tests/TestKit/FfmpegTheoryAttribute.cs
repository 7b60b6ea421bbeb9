using Xunit;

namespace PreCoder.Transcription.Tests.TestKit;

/// <summary>A theory that needs ffmpeg and espeak-ng; reported as skipped, with the fix, when either is missing.</summary>
public sealed class FfmpegTheoryAttribute : TheoryAttribute
{
    public FfmpegTheoryAttribute()
    {
        if (Tools.Ffmpeg is null)
        {
            Skip = Tools.FfmpegMissing;
        }
        else if (Tools.Espeak is null)
        {
            Skip = Tools.EspeakMissing;
        }
    }
}
