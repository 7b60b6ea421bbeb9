using PreCoder.Transcription.Audio;

namespace PreCoder.Transcription.Tests.TestKit;

/// <summary>A hand-written audio source repeating one generated period; any length, without holding it.</summary>
public sealed class ArraySource(float[] period, long length) : IAudioSource
{
    private long _position;

    public TimeSpan? Duration => TimeSpan.FromSeconds(length / 16000.0);

    public int Read(Span<float> buffer)
    {
        var n = (int)Math.Min(buffer.Length, length - _position);
        var done = 0;
        while (done < n)
        {
            var offset = (int)((_position + done) % period.Length);
            var take = Math.Min(n - done, period.Length - offset);
            period.AsSpan(offset, take).CopyTo(buffer[done..]);
            done += take;
        }
        _position += n;
        return n;
    }

    public void Dispose()
    {
    }

    /// <summary>A 200 Hz tone in bursts of <paramref name="speech"/> seconds separated by <paramref name="pause"/> seconds of silence.</summary>
    public static ArraySource Bursts(double seconds, double speech, double pause)
    {
        var period = new float[(int)((speech + pause) * 16000)];
        for (var i = 0; i < (int)(speech * 16000); i++)
        {
            period[i] = (float)(0.3 * Math.Sin(2 * Math.PI * 200 * i / 16000.0));
        }
        return new ArraySource(period, (long)(seconds * 16000));
    }
}
