using PreCoder.Core.Errors;
using PreCoder.Transcription.Processing;

namespace PreCoder.Transcription.Models;

/// <summary>Turns <c>Transcription:ModelPath</c> or <c>Transcription:Model</c> into a file, or says exactly what to put where.</summary>
public static class ModelLocator
{
    /// <param name="directories">Where named models are looked for, first match wins (the study's <c>models/</c> first).</param>
    public static string Resolve(TranscriptionOptions options, IReadOnlyList<string> directories, ModelManifest manifest)
    {
        if (!string.IsNullOrWhiteSpace(options.ModelPath))
        {
            var full = Path.GetFullPath(options.ModelPath);
            return File.Exists(full)
                ? full
                : throw new UnavailableException($"{full}: model file not found (from Transcription:ModelPath / --model); 'precoder models list' shows the models 'precoder models pull NAME' downloads");
        }
        var entry = manifest.Find(options.Model);
        var file = entry?.File ?? (options.Model.EndsWith(".bin", StringComparison.OrdinalIgnoreCase) ? options.Model : $"ggml-{options.Model}.bin");
        foreach (var dir in directories)
        {
            var candidate = Path.Combine(dir, file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        var target = directories.Count > 0 ? directories[0] : "models";
        var fetch = entry is null
            ? $"'{options.Model}' is not in the model manifest ('precoder models list' shows the known names)"
            : $"'precoder models pull {entry.Name}' downloads it";
        throw new UnavailableException($"Whisper model '{options.Model}' not found: put {file} in {target}/ (or pass --model PATH); {fetch}");
    }
}
