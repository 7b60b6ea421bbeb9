namespace PreCoder.Transcription.Speakers;

/// <summary>
/// A handful of voice descriptors per segment - loudness, zero-crossing rate, spectral tilt and median pitch - enough
/// to tell an interviewer from an interviewee on one recording, not to identify anyone.
/// </summary>
public static class VoiceFeatures
{
    public const int Count = 4;

    public static float[] Compute(ReadOnlySpan<float> samples)
    {
        if (samples.Length < 800)
        {
            return new float[Count];
        }
        double energy = 0, diffEnergy = 0;
        var crossings = 0;
        for (var i = 1; i < samples.Length; i++)
        {
            energy += samples[i] * samples[i];
            var d = samples[i] - samples[i - 1];
            diffEnergy += d * d;
            if (samples[i] >= 0 != samples[i - 1] >= 0)
            {
                crossings++;
            }
        }
        var n = samples.Length;
        return
        [
            (float)(10 * Math.Log10(energy / n + 1e-10)),
            crossings / (float)n * 100,
            (float)(10 * Math.Log10((diffEnergy + 1e-10) / (energy + 1e-10))),
            MedianPitch(samples),
        ];
    }

    // Autocorrelation pitch over 40 ms frames in 70-400 Hz; unvoiced frames are skipped.
    private static float MedianPitch(ReadOnlySpan<float> samples)
    {
        const int frame = 640, minLag = 40, maxLag = 228;
        var pitches = new List<float>();
        for (var start = 0; start + frame + maxLag < samples.Length && pitches.Count < 200; start += frame)
        {
            var window = samples.Slice(start, frame + maxLag);
            double zero = 0;
            for (var i = 0; i < frame; i++)
            {
                zero += window[i] * window[i];
            }
            if (zero < 1e-4)
            {
                continue;
            }
            double best = 0;
            var bestLag = 0;
            for (var lag = minLag; lag <= maxLag; lag++)
            {
                double sum = 0;
                for (var i = 0; i < frame; i++)
                {
                    sum += window[i] * window[i + lag];
                }
                if (sum > best)
                {
                    best = sum;
                    bestLag = lag;
                }
            }
            if (bestLag > 0 && best / zero > 0.3)
            {
                pitches.Add(16000f / bestLag);
            }
        }
        if (pitches.Count == 0)
        {
            return 0;
        }
        pitches.Sort();
        return pitches[pitches.Count / 2];
    }
}
