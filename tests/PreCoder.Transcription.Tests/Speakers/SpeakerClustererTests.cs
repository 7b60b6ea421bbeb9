using PreCoder.Transcription.Speakers;
using Xunit;

namespace PreCoder.Transcription.Tests.Speakers;

public class SpeakerClustererTests
{
    [Fact]
    public void Assign_TwoDistinctVoices_SeparatesThemNumberedByFirstAppearance()
    {
        var low = VoiceFeatures.Compute(Tone(120, 0.2f));
        var high = VoiceFeatures.Compute(Tone(260, 0.05f));

        var labels = SpeakerClusterer.Assign([high, low, high, low, low, high], 2);

        Assert.Equal([0, 1, 0, 1, 1, 0], labels);
    }

    [Fact]
    public void Assign_OneSpeakerRequested_LabelsEverythingZero()
    {
        var labels = SpeakerClusterer.Assign([[1f, 2f], [5f, 6f]], 1);

        Assert.Equal([0, 0], labels);
    }

    [Fact]
    public void Compute_Tone_FindsItsPitch()
    {
        var features = VoiceFeatures.Compute(Tone(200, 0.3f));

        Assert.InRange(features[3], 190, 210);
    }

    private static float[] Tone(double hz, float amplitude) =>
        Enumerable.Range(0, 16000).Select(i => amplitude * (float)Math.Sin(2 * Math.PI * hz * i / 16000)).ToArray();
}
