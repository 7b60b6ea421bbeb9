using Xunit;

namespace PreCoder.Transcription.Tests.TestKit;

/// <summary>A fact that needs ffmpeg (and espeak-ng for its fixture); reported as skipped, with the fix, when either is missing.</summary>
public sealed class FfmpegFactAttribute : FactAttribute
{
    public FfmpegFactAttribute()
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
