namespace PreCoder.Transcription.Chunking;

/// <summary>A stretch of the recording of at most one Whisper window, cut at a pause when there is one.</summary>
/// <param name="Voiced">One flag per <see cref="EnergyVad.FrameSamples"/>-sample frame: true where the frame has voice energy.</param>
/// <param name="CutAtSilence">False when the chunk had to be cut mid-speech (its last words may be invented or cut off).</param>
public sealed record AudioChunk(int Index, long StartSample, float[] Samples, bool[] Voiced, bool CutAtSilence)
{
    public double StartSeconds => StartSample / (double)Audio.AudioFormat.SampleRate;

    public double EndSeconds => (StartSample + Samples.Length) / (double)Audio.AudioFormat.SampleRate;

    public double VoicedSeconds => Voiced.Count(v => v) * EnergyVad.FrameSamples / (double)Audio.AudioFormat.SampleRate;

    /// <summary>Share of voiced frames between two offsets (seconds from the chunk start).</summary>
    public double VoicedFraction(double from, double to)
    {
        var a = Math.Clamp((int)(from * Audio.AudioFormat.SampleRate / EnergyVad.FrameSamples), 0, Voiced.Length);
        var b = Math.Clamp((int)Math.Ceiling(to * Audio.AudioFormat.SampleRate / EnergyVad.FrameSamples), a, Voiced.Length);
        if (b == a)
        {
            return 0;
        }
        var n = 0;
        for (var i = a; i < b; i++)
        {
            n += Voiced[i] ? 1 : 0;
        }
        return n / (double)(b - a);
    }
}
