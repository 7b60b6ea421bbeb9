namespace PreCoder.Transcription.Audio;

/// <summary>A recording decoded to 16 kHz mono floats in [-1, 1], read forward in blocks so memory stays bounded.</summary>
public interface IAudioSource : IDisposable
{
    /// <summary>The recording's length, when the container says; null for streams that only end.</summary>
    TimeSpan? Duration { get; }

    /// <summary>Fills <paramref name="buffer"/> with the next samples; returns how many, 0 at the end.</summary>
    int Read(Span<float> buffer);
}
