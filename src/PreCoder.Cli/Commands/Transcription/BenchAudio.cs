using System.Diagnostics;
using NAudio.Wave;
using PreCoder.Core.Files;
using PreCoder.Transcription.Audio;

namespace PreCoder.Cli.Commands.Transcription;

/// <summary>Long benchmark recordings: espeak-ng utterances (three languages) with pauses, repeated; tone bursts without espeak-ng.</summary>
internal static class BenchAudio
{
    public static string Create(string directory, double minutes)
    {
        var path = Path.Combine(directory, $"bench-{minutes:F0}min.wav");
        if (File.Exists(path))
        {
            return path;
        }
        var clips = Clips(directory);
        var pause = new float[AudioFormat.SampleRate * 8 / 10];
        AtomicFile.Write(path, stream =>
        {
            using var writer = new WaveFileWriter(stream, new WaveFormat(AudioFormat.SampleRate, 16, 1));
            var written = 0L;
            var target = (long)(minutes * 60 * AudioFormat.SampleRate);
            for (var i = 0; written < target; i++)
            {
                var clip = clips[i % clips.Length];
                var n = (int)Math.Min(clip.Length, target - written);
                writer.WriteSamples(clip, 0, n);
                written += n;
                var p = (int)Math.Min(pause.Length, target - written);
                writer.WriteSamples(pause, 0, p);
                written += p;
            }
        });
        return path;
    }

    private static float[][] Clips(string directory)
    {
        var lines = new[]
        {
            ("en", "Can you tell me how you first heard about the group, and who you talked to at the time?"),
            ("fr", "J'ai entendu parler d'eux par un ami du quartier, il parlait de la hijrah et de la madhafa."),
            ("ar", "ذهبت إلى هناك مع أخي في الصيف ثم عدنا بعد شهرين"),
        };
        var clips = new List<float[]>();
        foreach (var (voice, text) in lines)
        {
            var wav = Path.Combine(directory, $"clip-{voice}.wav");
            try
            {
                var info = new ProcessStartInfo("espeak-ng") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
                foreach (var a in new[] { "-v", voice, "-w", wav, text })
                {
                    info.ArgumentList.Add(a);
                }
                using var p = Process.Start(info)!;
                p.StandardOutput.ReadToEnd();
                p.StandardError.ReadToEnd();
                p.WaitForExit();
                if (p.ExitCode != 0)
                {
                    break;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                break;
            }
            using var source = new AudioDecoder(new FfmpegTool(null)).Open(wav);
            var all = new List<float>();
            var buffer = new float[AudioFormat.SampleRate];
            int n;
            while ((n = source.Read(buffer)) > 0)
            {
                all.AddRange(buffer.AsSpan(0, n).ToArray());
            }
            clips.Add(all.ToArray());
        }
        if (clips.Count == lines.Length)
        {
            return clips.ToArray();
        }
        // No espeak-ng: 5 s of a gliding tone, voiced enough for the energy VAD and for Whisper to decode something.
        return [Enumerable.Range(0, 5 * AudioFormat.SampleRate).Select(i => 0.3f * (float)Math.Sin(2 * Math.PI * (150 + i % 16000 / 100.0) * i / AudioFormat.SampleRate)).ToArray()];
    }
}
