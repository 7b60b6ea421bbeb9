using PreCoder.Transcription.Audio;

namespace PreCoder.Transcription.Chunking;

/// <summary>
/// Cuts a recording into chunks of at most one Whisper window, preferring the last pause after the minimum length.
/// Only one chunk of samples is held at a time, so memory does not grow with the recording. A chunk's end depends
/// only on audio from its start, so resuming at a finished chunk's end reproduces the chunks an unbroken run makes.
/// </summary>
public sealed class AudioChunker(double minSeconds, double maxSeconds, double silenceSeconds, double voiceThresholdDb)
{
    public IEnumerable<AudioChunk> Chunks(IAudioSource source, long startSample = 0, int firstIndex = 0, CancellationToken cancellationToken = default)
    {
        Skip(source, startSample);
        var max = (int)(maxSeconds * AudioFormat.SampleRate);
        var buffer = new float[max];
        var count = 0;
        var index = firstIndex;
        var start = startSample;
        var ended = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            while (!ended && count < max)
            {
                var n = source.Read(buffer.AsSpan(count));
                if (n == 0)
                {
                    ended = true;
                }
                count += n;
            }
            if (count == 0)
            {
                yield break;
            }
            var voiced = EnergyVad.Frames(buffer.AsSpan(0, count), voiceThresholdDb);
            var (cut, atSilence) = ended && count < max ? (count, true) : FindCut(voiced, count);
            var samples = buffer.AsSpan(0, cut).ToArray();
            yield return new AudioChunk(index++, start, samples, voiced[..((cut + EnergyVad.FrameSamples - 1) / EnergyVad.FrameSamples)], atSilence);
            buffer.AsSpan(cut, count - cut).CopyTo(buffer);
            count -= cut;
            start += cut;
        }
    }

    // The middle of the last pause that starts after the minimum length; else the quietest run near the end.
    private (int Cut, bool AtSilence) FindCut(bool[] voiced, int count)
    {
        var minFrame = (int)(minSeconds * AudioFormat.SampleRate / EnergyVad.FrameSamples);
        var need = Math.Max(1, (int)Math.Round(silenceSeconds * AudioFormat.SampleRate / EnergyVad.FrameSamples));
        var runEnd = -1;
        for (var f = voiced.Length - 1; f >= minFrame; f--)
        {
            if (!voiced[f])
            {
                if (runEnd < 0)
                {
                    runEnd = f;
                }
                if (runEnd - f + 1 >= need && (f == minFrame || voiced[f - 1]))
                {
                    return (Math.Min(count, (f + runEnd + 1) / 2 * EnergyVad.FrameSamples), true);
                }
            }
            else
            {
                if (runEnd >= 0 && runEnd - f >= need)
                {
                    return (Math.Min(count, (f + 1 + runEnd + 1) / 2 * EnergyVad.FrameSamples), true);
                }
                runEnd = -1;
            }
        }
        return (count, false);
    }

    private static void Skip(IAudioSource source, long samples)
    {
        var scratch = new float[AudioFormat.SampleRate];
        while (samples > 0)
        {
            var n = source.Read(scratch.AsSpan(0, (int)Math.Min(scratch.Length, samples)));
            if (n == 0)
            {
                return;
            }
            samples -= n;
        }
    }
}
