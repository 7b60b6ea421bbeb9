using Xunit;
using PreCoder.Transcription.Models;
using Whisper.net;
using Xunit.Abstractions;
public class Scratch(ITestOutputHelper output)
{
    [Fact]
    public async Task Run()
    {
        var path = Path.Combine(Path.GetTempPath(), "tiny-ggml.bin");
        SyntheticModelWriter.Write(path);
        var info = GgmlModelReader.Validate(path);
        output.WriteLine($"{info}");
        using var f = WhisperFactory.FromPath(path);
        var samples = new float[16000 * 10];
        var r = new Random(1);
        for (int i = 0; i < samples.Length; i++) samples[i] = (float)(Math.Sin(i * 0.05) * 0.3 * ((i / 8000) % 2) + (r.NextDouble()-0.5)*0.01);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        await using var p = f.CreateBuilder().WithLanguage("auto").WithTemperatureInc(0).WithMaxTokensPerSegment(8).WithProbabilities().Build();
        var (lang, prob) = p.DetectLanguageWithProbability(samples);
        output.WriteLine($"lang {lang} {prob} {sw.ElapsedMilliseconds}");
        p.ChangeLanguage(lang);
        await foreach (var s in p.ProcessAsync(samples)) output.WriteLine($"{s.Start} {s.End} [{s.Text}] {s.Language} p={s.Probability} ns={s.NoSpeechProbability}");
        output.WriteLine($"t {sw.ElapsedMilliseconds}");
        await using var t = f.CreateBuilder().WithLanguage(lang!).WithTranslate().WithTemperatureInc(0).WithMaxTokensPerSegment(8).Build();
        await foreach (var s in t.ProcessAsync(samples[..32000])) output.WriteLine($"TR {s.Start} {s.End} [{s.Text}]");
        output.WriteLine($"t {sw.ElapsedMilliseconds}");
    }
}
