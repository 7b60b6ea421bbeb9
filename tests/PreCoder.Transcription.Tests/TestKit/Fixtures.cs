using System.Diagnostics;
using NAudio.Wave;
using PreCoder.Transcription.Models;

namespace PreCoder.Transcription.Tests.TestKit;

/// <summary>
/// Generated test assets in one temp folder per test run: the tiny random-weight Whisper model and espeak-ng speech.
/// Generated once and shared, because every asset is deterministic.
/// </summary>
public static class Fixtures
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = Path.Combine(Path.GetTempPath(), "precoder-transcription-tests", Environment.ProcessId.ToString());
        System.IO.Directory.CreateDirectory(dir);
        return dir;
    });

    private static readonly Lazy<string> Model = new(() =>
    {
        var path = Path.Combine(Root.Value, "ggml-tiny-random.bin");
        SyntheticModelWriter.Write(path, width: 64, heads: 1, layers: 1, seed: 7);
        return path;
    });

    private static readonly object Gate = new();

    public static string Directory => Root.Value;

    /// <summary>A 64-wide, 1-layer multilingual f16 model with random weights (about 8 MB).</summary>
    public static string ModelPath => Model.Value;

    /// <summary>A fresh empty folder for one test.</summary>
    public static string NewFolder(string name)
    {
        var dir = Path.Combine(Root.Value, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>espeak-ng speaking <paramref name="text"/> (22.05 kHz mono 16-bit WAV, as espeak writes it).</summary>
    public static string Speech(string name, string voice, string text)
    {
        var path = Path.Combine(Root.Value, name + ".wav");
        lock (Gate)
        {
            if (!File.Exists(path))
            {
                Run(Tools.Espeak ?? throw new InvalidOperationException(Tools.EspeakMissing), "-v", voice, "-w", path + ".tmp", text);
                File.Move(path + ".tmp", path);
            }
        }
        return path;
    }

    /// <summary>English, French and Arabic utterances separated by pauses, repeated to about <paramref name="seconds"/> seconds, at 16 kHz.</summary>
    public static string Interview(string name, double seconds)
    {
        var path = Path.Combine(Root.Value, name + ".wav");
        lock (Gate)
        {
            if (File.Exists(path))
            {
                return path;
            }
        }
        var parts = new[]
        {
            Speech("q-en", "en", "Can you tell me how you first heard about the group, and who you talked to?"),
            Speech("a-fr", "fr", "J'ai entendu parler d'eux par un ami du quartier, il parlait de la hijrah et de la madhafa."),
            Speech("a-ar", "ar", "ذهبت إلى هناك مع أخي في الصيف"),
        };
        var clips = parts.Select(Read16k).ToArray();
        var pause = new float[16000 * 8 / 10];
        lock (Gate)
        {
            using var writer = new WaveFileWriter(path + ".tmp", new WaveFormat(16000, 16, 1));
            var written = 0.0;
            for (var i = 0; written < seconds; i++)
            {
                var clip = clips[i % clips.Length];
                writer.WriteSamples(clip, 0, clip.Length);
                writer.WriteSamples(pause, 0, pause.Length);
                written += (clip.Length + pause.Length) / 16000.0;
            }
            writer.Dispose();
            File.Move(path + ".tmp", path, overwrite: true);
        }
        return path;
    }

    /// <summary>A WAV of digital silence.</summary>
    public static string Silence(string name, double seconds)
    {
        var path = Path.Combine(NewFolder(name), name + ".wav");
        using var writer = new WaveFileWriter(path, new WaveFormat(16000, 16, 1));
        var zeros = new float[(int)(seconds * 16000)];
        writer.WriteSamples(zeros, 0, zeros.Length);
        return path;
    }

    /// <summary>Converts a fixture with ffmpeg (format chosen by the extension).</summary>
    public static string Convert(string wav, string extension)
    {
        var path = Path.ChangeExtension(wav, null) + "-conv" + extension;
        lock (Gate)
        {
            if (!File.Exists(path))
            {
                Run(Tools.Ffmpeg ?? throw new InvalidOperationException(Tools.FfmpegMissing), "-nostdin", "-hide_banner", "-loglevel", "error", "-y", "-i", wav, path + ".tmp" + extension);
                File.Move(path + ".tmp" + extension, path);
            }
        }
        return path;
    }

    private static float[] Read16k(string wav)
    {
        using var source = new PreCoder.Transcription.Audio.AudioDecoder(new PreCoder.Transcription.Audio.FfmpegTool(null)).Open(wav);
        var all = new List<float>();
        var buffer = new float[16000];
        int n;
        while ((n = source.Read(buffer)) > 0)
        {
            all.AddRange(buffer.AsSpan(0, n).ToArray());
        }
        return all.ToArray();
    }

    private static void Run(string exe, params string[] args)
    {
        var info = new ProcessStartInfo(exe) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        using var p = Process.Start(info)!;
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{exe} failed: {err.Result}");
        }
    }
}
