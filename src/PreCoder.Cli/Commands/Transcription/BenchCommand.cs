using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;
using PreCoder.Transcription.Models;
using PreCoder.Transcription.Processing;
using Spectre.Console.Cli;
using Whisper.net;

namespace PreCoder.Cli.Commands.Transcription;

[Description("Benchmark the transcription stage against a bare Whisper.net processor loop: real-time factor and peak memory.")]
public sealed class BenchCommand : StudyCommand<BenchCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("--minutes <LIST>")]
        [Description("Recording lengths to generate, comma-separated. Default 10,30.")]
        public string Minutes { get; init; } = "10,30";

        [CommandOption("--model <PATH>")]
        [Description("A ggml model; default: a generated 64-wide, 1-layer random-weight model.")]
        public string? Model { get; init; }

        [CommandOption("--work <DIR>")]
        [Description("Where generated audio, model and checkpoints go (default: a temp folder).")]
        public string? Work { get; init; }

        [CommandOption("--threads <N>")]
        [Description("Decoder threads for both contenders. Default 2.")]
        public int Threads { get; init; } = 2;

        [CommandOption("--repeat <N>")]
        [Description("Runs of each contender, alternating; the fastest run is reported (the machine may be shared). Default 1.")]
        public int Repeat { get; init; } = 1;

        [CommandOption("--variant <NAME>")]
        [Description("Internal: run one measurement (bare, stage, full or io) in this process and print it as JSON.")]
        public string? Variant { get; init; }

        [CommandOption("--wav <PATH>")]
        [Description("Internal: the recording for --variant.")]
        public string? Wav { get; init; }
    }

    protected override bool RequiresStudy => false;

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        var work = Path.GetFullPath(settings.Work ?? Path.Combine(Path.GetTempPath(), "precoder-bench"));
        Directory.CreateDirectory(work);
        var model = settings.Model is { } m ? Path.GetFullPath(m) : Path.Combine(work, "ggml-random-64x1.bin");
        if (settings.Model is null && !File.Exists(model))
        {
            SyntheticModelWriter.Write(model, width: 64, heads: 1, layers: 1, seed: 7);
        }
        if (settings.Variant is { } variant)
        {
            var result = await MeasureAsync(variant, settings.Wav ?? throw new InputException("--wav", null, "needed with --variant"), model, work, settings.Threads, cancellationToken);
            Console.Out.WriteLine(JsonSerializer.Serialize(result));
            return ExitCodes.Success;
        }

        var rows = new List<Measurement>();
        foreach (var minutes in settings.Minutes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => double.Parse(s, CultureInfo.InvariantCulture)))
        {
            var wav = BenchAudio.Create(work, minutes);
            // Translation and language detection per chunk are reported once, at the shortest length.
            // "io" is the stage's own work without Whisper (decode, resample, VAD, chunking): its overhead, measured directly.
            var variants = minutes <= 10 ? new[] { "bare", "stage", "full", "io" } : ["bare", "stage", "io"];
            var runs = new List<Measurement>();
            for (var r = 0; r < Math.Max(1, settings.Repeat); r++)
            {
                foreach (var v in r % 2 == 0 ? variants : variants.Reverse())
                {
                    Console.Error.WriteLine($"bench: {minutes} min, {v}, run {r + 1}...");
                    var row = await RunChildAsync(v, wav, model, work, settings.Threads, cancellationToken);
                    runs.Add(row);
                    Console.Error.WriteLine($"bench: {row.Variant} {row.AudioMinutes:F0} min: RTF {row.RealTimeFactor:F4}, peak RSS {row.PeakRssMiB:F0} MiB, {row.Segments} segments");
                }
            }
            rows.AddRange(variants.Select(v => runs.Where(x => x.Variant == v).MinBy(x => x.Seconds)!));
        }
        Output.Result(rows, string.Join(Environment.NewLine, rows.Select(r =>
            $"{r.Variant,-6} {r.AudioMinutes,5:F0} min  RTF {r.RealTimeFactor:F4}  wall {r.Seconds,7:F1} s  peak RSS {r.PeakRssMiB,6:F0} MiB  segments {r.Segments}")));
        return ExitCodes.Success;
    }

    private static async Task<Measurement> RunChildAsync(string variant, string wav, string model, string work, int threads, CancellationToken cancellationToken)
    {
        // Each measurement in a fresh process, so peak RSS belongs to that contender alone.
        var self = Environment.ProcessPath!;
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(Environment.GetCommandLineArgs()[0]);
        }
        foreach (var a in new[] { "bench", "--variant", variant, "--wav", wav, "--model", model, "--work", work, "--threads", threads.ToString(CultureInfo.InvariantCulture) })
        {
            info.ArgumentList.Add(a);
        }
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        var stdout = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new UnavailableException($"bench {variant} failed: {(await stderr).Trim()}");
        }
        return JsonSerializer.Deserialize<Measurement>(stdout.Trim().Split('\n')[^1])!;
    }

    private static async Task<Measurement> MeasureAsync(string variant, string wav, string model, string work, int threads, CancellationToken cancellationToken)
    {
        double audioSeconds;
        using (var reader = new NAudio.Wave.WaveFileReader(wav))
        {
            audioSeconds = reader.TotalTime.TotalSeconds;
        }
        var clock = Stopwatch.StartNew();
        int segments;
        if (variant == "io")
        {
            using var source = new PreCoder.Transcription.Audio.AudioDecoder(new PreCoder.Transcription.Audio.FfmpegTool(null)).Open(wav);
            var defaults = new TranscriptionOptions();
            var chunker = new PreCoder.Transcription.Chunking.AudioChunker(defaults.MinChunkSeconds, defaults.MaxChunkSeconds, defaults.SilenceSeconds, defaults.VoiceThresholdDb);
            segments = 0;
            foreach (var chunk in chunker.Chunks(source, cancellationToken: cancellationToken))
            {
                segments += chunk.VoicedSeconds > 0 ? 1 : 0;
            }
        }
        else if (variant == "bare")
        {
            // What an application gets from Whisper.net alone: its WAV reader and one ProcessAsync over the file.
            using var factory = WhisperFactory.FromPath(model);
            await using var processor = factory.CreateBuilder().WithThreads(threads).WithLanguage("en").WithTemperatureInc(0).WithMaxTokensPerSegment(8).WithProbabilities().Build();
            await using var stream = File.OpenRead(wav);
            segments = 0;
            await foreach (var _ in processor.ProcessAsync(stream, cancellationToken))
            {
                segments++;
            }
        }
        else
        {
            var full = variant == "full";
            var options = new TranscriptionOptions
            {
                Threads = threads,
                Language = full ? "auto" : "en",
                Translate = full,
                Speakers = full ? 2 : 0,
                TemperatureIncrement = 0,
                MaxTokensPerSegment = 8,
            };
            using var factory = TranscriberFactory.FromPath(model);
            await using var transcriber = factory.CreateTranscriber(options);
            var checkpoints = Path.Combine(work, "checkpoints", $"{variant}-{Path.GetFileNameWithoutExtension(wav)}-{Guid.NewGuid():N}");
            var transcript = await transcriber.TranscribeAsync(wav, Guid.NewGuid().ToString("N"), checkpoints, null, cancellationToken);
            segments = transcript.Segments.Count;
            Directory.Delete(checkpoints, recursive: true);
        }
        var seconds = clock.Elapsed.TotalSeconds;
        return new Measurement(variant, audioSeconds / 60, seconds, seconds / audioSeconds, PeakRssMiB(), GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0, segments);
    }

    private static double PeakRssMiB()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null
            ? Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0
            : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    public sealed record Measurement(string Variant, double AudioMinutes, double Seconds, double RealTimeFactor, double PeakRssMiB, double ManagedHeapMiB, int Segments);
}
