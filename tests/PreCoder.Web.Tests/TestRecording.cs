using System.Text;

namespace PreCoder.Web.Tests;

/// <summary>
/// A PCM WAV written in code for the player tests: 16-bit mono at 8 kHz, long enough to cover the interview's times,
/// with a tone whose pitch changes every second so that every byte range differs from its neighbours.
/// </summary>
public static class TestRecording
{
    public const int SampleRate = 8000;

    public static void Write(string path, TimeSpan length)
    {
        var samples = (int)(length.TotalSeconds * SampleRate);
        using var stream = File.Create(path);
        using var writer = new BinaryWriter(stream, Encoding.ASCII);
        writer.Write("RIFF"u8);
        writer.Write(36 + (samples * 2));
        writer.Write("WAVE"u8);
        writer.Write("fmt "u8);
        writer.Write(16);
        writer.Write((short)1);
        writer.Write((short)1);
        writer.Write(SampleRate);
        writer.Write(SampleRate * 2);
        writer.Write((short)2);
        writer.Write((short)16);
        writer.Write("data"u8);
        writer.Write(samples * 2);
        for (var i = 0; i < samples; i++)
        {
            var hertz = 220 + (40 * (i / SampleRate % 10));
            writer.Write((short)(3000 * Math.Sin(2 * Math.PI * hertz * i / SampleRate)));
        }
    }
}
