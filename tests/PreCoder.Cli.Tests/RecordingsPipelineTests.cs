using System.Diagnostics;
using System.Text.Json;
using PreCoder.Transcription.Models;

namespace PreCoder.Cli.Tests;

public sealed class RecordingsPipelineTests
{
    /// <summary>
    /// The recordings pipeline through the real CLI: a WAV, an MP3 and an OGG made with espeak-ng and ffmpeg, plus a
    /// corrupt file, transcribed with a generated random-weight Whisper model. Structure is asserted, not wording.
    /// </summary>
    [ToolFact("espeak-ng", "ffmpeg")]
    public async Task Run_MixedFormatsWithOneCorrupt_StoresTranscriptsReportsCorruptFile()
    {
        using var dir = new TempDirectory();
        var model = dir.Sub("ggml-tiny-random.bin");
        SyntheticModelWriter.Write(model, width: 64, heads: 1, layers: 1, seed: 7);
        var input = dir.Sub("recordings");
        Directory.CreateDirectory(input);
        var wav = Path.Combine(input, "rec01.wav");
        await Tool("espeak-ng", "-v", "en", "-w", wav, "I went to Syria because my friends told me it was my duty. Then the bombing started.");
        await Tool("espeak-ng", "-v", "fr", "-w", dir.Sub("fr.wav"), "Je suis parti parce que je voulais aider les gens.");
        await Tool("ffmpeg", "-loglevel", "error", "-y", "-i", dir.Sub("fr.wav"), Path.Combine(input, "rec02.mp3"));
        await Tool("ffmpeg", "-loglevel", "error", "-y", "-i", wav, Path.Combine(input, "rec03.ogg"));
        File.WriteAllText(Path.Combine(input, "rec04.m4a"), "this is not audio at all");

        var study = dir.Sub("study");
        var r = await CliRunner.RunAsync(
            ["run", RepoPaths.Combine("pipelines", "recordings.yaml"), "--study", study, "--input", input, "--model", model, "--json",
             "--set", "Transcription:TemperatureIncrement=0", "--set", "Transcription:MaxTokensPerSegment=8", "--set", "Transcription:MaxConcurrency=2"], null);
        Assert.True(r.ExitCode == 1, $"exit {r.ExitCode}: {r.Stderr}");
        using var report = JsonDocument.Parse(r.Stdout);
        var items = report.RootElement.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("stage").GetString() == "transcribe").ToArray();
        Assert.Equal(4, items.Length);
        var failed = Assert.Single(items, i => i.GetProperty("status").GetString() == "failed");
        Assert.Contains("rec04.m4a", failed.GetProperty("error").GetString());
        Assert.Equal(3, items.Count(i => i.GetProperty("status").GetString() == "done"));

        var export = await SampleStudy.Ok("transcripts", "export", "--study", study, "--format", "json");
        using var doc = JsonDocument.Parse(export.Stdout);
        var interviews = doc.RootElement.EnumerateArray().ToDictionary(i => i.GetProperty("interview").GetString()!);
        Assert.Equal(["rec01", "rec02", "rec03"], interviews.Keys.Order());
        foreach (var (id, interview) in interviews)
        {
            var segments = interview.GetProperty("segments").EnumerateArray().ToArray();
            var previousStart = -1.0;
            foreach (var s in segments)
            {
                var start = s.GetProperty("start").GetDouble();
                var end = s.GetProperty("end").GetDouble();
                Assert.True(start >= previousStart && end >= start && end <= 15, $"{id}: bad times {start}-{end}");
                previousStart = start;
                Assert.False(string.IsNullOrEmpty(s.GetProperty("language").GetString()), $"{id}: segment without language");
                Assert.True(s.TryGetProperty("english", out _), $"{id}: segment without English text");
            }
        }

        // A second run finds everything done: the corrupt file fails again, nothing is transcribed twice.
        var again = await CliRunner.RunAsync(
            ["run", RepoPaths.Combine("pipelines", "recordings.yaml"), "--study", study, "--input", input, "--model", model, "--json",
             "--set", "Transcription:TemperatureIncrement=0", "--set", "Transcription:MaxTokensPerSegment=8"], null);
        Assert.Contains("\"skipped\": 6", again.Stdout);
    }

    private static async Task Tool(string tool, params string[] args)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.True(p.ExitCode == 0, $"{tool} failed: {await err}");
    }
}
