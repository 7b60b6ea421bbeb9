using NAudio.Wave;
using NAudio.Wave.SampleProviders;

namespace PreCoder.Transcription.Audio;

/// <summary>Adapts any NAudio sample provider: resamples to 16 kHz (WDL resampler, managed) and averages channels to mono.</summary>
internal sealed class SampleProviderSource : IAudioSource
{
    private readonly ISampleProvider _provider;
    private readonly IDisposable _owner;
    private readonly int _channels;
    private float[] _interleaved = [];

    public SampleProviderSource(ISampleProvider provider, IDisposable owner, TimeSpan? duration)
    {
        _owner = owner;
        _channels = provider.WaveFormat.Channels;
        _provider = provider.WaveFormat.SampleRate == AudioFormat.SampleRate
            ? provider
            : new WdlResamplingSampleProvider(provider, AudioFormat.SampleRate);
        Duration = duration;
    }

    public TimeSpan? Duration { get; }

    public int Read(Span<float> buffer)
    {
        var wanted = buffer.Length * _channels;
        if (_interleaved.Length < wanted)
        {
            _interleaved = new float[wanted];
        }
        var read = 0;
        // Providers may return short reads before the end; only 0 means the end.
        while (read < wanted)
        {
            var n = _provider.Read(_interleaved.AsSpan(read, wanted - read));
            if (n <= 0)
            {
                break;
            }
            read += n;
        }
        var frames = read / _channels;
        for (var i = 0; i < frames; i++)
        {
            var sum = 0f;
            for (var c = 0; c < _channels; c++)
            {
                sum += _interleaved[i * _channels + c];
            }
            buffer[i] = sum / _channels;
        }
        return frames;
    }

    public void Dispose() => _owner.Dispose();
}
