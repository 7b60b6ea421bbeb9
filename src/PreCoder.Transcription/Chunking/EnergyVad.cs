namespace PreCoder.Transcription.Chunking;

/// <summary>Voice activity by frame energy: cheap, language-independent, good enough to find pauses and silence.</summary>
public static class EnergyVad
{
    /// <summary>30 ms at 16 kHz.</summary>
    public const int FrameSamples = 480;

    public static bool[] Frames(ReadOnlySpan<float> samples, double thresholdDb)
    {
        var frames = new bool[(samples.Length + FrameSamples - 1) / FrameSamples];
        var threshold = Math.Pow(10, thresholdDb / 10); // mean square, relative to full scale
        for (var f = 0; f < frames.Length; f++)
        {
            var frame = samples.Slice(f * FrameSamples, Math.Min(FrameSamples, samples.Length - f * FrameSamples));
            double sum = 0;
            foreach (var s in frame)
            {
                sum += s * s;
            }
            frames[f] = sum / frame.Length > threshold;
        }
        return frames;
    }
}
