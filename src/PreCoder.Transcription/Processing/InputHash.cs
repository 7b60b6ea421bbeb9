using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PreCoder.Transcription.Processing;

/// <summary>SHA-256 of a recording's bytes plus everything that changes its transcript (model, options).</summary>
public static class InputHash
{
    public static string Compute(string audioPath, string modelPath, TranscriptionOptions options, IReadOnlyDictionary<string, string>? extra = null)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using (var stream = new FileStream(audioPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20))
        {
            var buffer = new byte[1 << 20];
            int n;
            while ((n = stream.Read(buffer)) > 0)
            {
                sha.AppendData(buffer, 0, n);
            }
        }
        var model = new FileInfo(modelPath);
        var settings = JsonSerializer.Serialize(new
        {
            Model = model.Name,
            ModelLength = model.Exists ? model.Length : 0,
            options.Language,
            options.Translate,
            Prompt = options.FullPrompt(),
            options.MaxChunkSeconds,
            options.MinChunkSeconds,
            options.SilenceSeconds,
            options.VoiceThresholdDb,
            options.TemperatureIncrement,
            options.MaxTokensPerSegment,
            options.Speakers,
            options.LowProbabilityThreshold,
            options.NoSpeechProbabilityThreshold,
            Extra = extra?.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray(),
        });
        sha.AppendData(Encoding.UTF8.GetBytes(settings));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
