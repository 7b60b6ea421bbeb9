using NAudio.Wave;
using NLayer;

namespace PreCoder.Transcription.Audio;

/// <summary>NLayer's managed MP3 decoder as an NAudio sample provider.</summary>
internal sealed class Mp3SampleProvider(MpegFile file) : ISampleProvider
{
    public WaveFormat WaveFormat { get; } = WaveFormat.CreateIeeeFloatWaveFormat(file.SampleRate, file.Channels);

    private float[] _scratch = [];

    public int Read(Span<float> buffer)
    {
        if (_scratch.Length < buffer.Length)
        {
            _scratch = new float[buffer.Length];
        }
        var n = file.ReadSamples(_scratch, 0, buffer.Length);
        _scratch.AsSpan(0, n).CopyTo(buffer);
        return n;
    }
}
