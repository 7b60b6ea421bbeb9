using Xunit;

namespace PreCoder.Transcription.Tests.TestKit;

/// <summary>A fact that needs espeak-ng for its speech fixture; reported as skipped, with the fix, when it is missing.</summary>
public sealed class EspeakFactAttribute : FactAttribute
{
    public EspeakFactAttribute()
    {
        if (Tools.Espeak is null)
        {
            Skip = Tools.EspeakMissing;
        }
    }
}
