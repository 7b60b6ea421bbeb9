using PreCoder.Core.Errors;

namespace PreCoder.Transcription.Models;

/// <summary>Checks the model files in a folder: header by walking the ggml layout, content by SHA-256 against the manifest.</summary>
public static class ModelVerifier
{
    /// <param name="includeMissing">Also lists manifest models that are not in the folder.</param>
    public static IReadOnlyList<ModelCheck> Verify(string directory, ModelManifest manifest, bool includeMissing = false)
    {
        var checks = new List<ModelCheck>();
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.bin").Order(StringComparer.Ordinal).ToList() : [];
        foreach (var file in files)
        {
            var entry = manifest.Find(Path.GetFileName(file));
            checks.Add(Check(file, entry));
        }
        if (includeMissing)
        {
            foreach (var m in manifest.Models.Where(m => !files.Any(f => string.Equals(Path.GetFileName(f), m.File, StringComparison.OrdinalIgnoreCase))))
            {
                checks.Add(new ModelCheck(m.Name, m.File, ModelCheckStatus.Missing, $"not in {directory}/; 'precoder models pull {m.Name}' downloads it"));
            }
        }
        return checks;
    }

    public static ModelCheck Check(string file, ModelManifestEntry? entry)
    {
        var name = entry?.Name ?? Path.GetFileNameWithoutExtension(file);
        GgmlModelInfo info;
        try
        {
            info = GgmlModelReader.Validate(file);
        }
        catch (InputException ex)
        {
            return new ModelCheck(name, file, ModelCheckStatus.Invalid, ex.Problem);
        }
        var shape = $"{info.AudioLayers} layers, {info.AudioState} wide, {(info.IsMultilingual ? "multilingual" : "English-only")}";
        if (entry?.Sha256 is not { } expected)
        {
            return new ModelCheck(name, file, ModelCheckStatus.Unverified,
                entry is null ? $"{shape}; not in the manifest, so no SHA-256 to check" : $"{shape}; the manifest has no published SHA-256 for {entry.Name}, so the content is not verified");
        }
        var actual = ModelDownloader.Sha256Of(file);
        return string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase)
            ? new ModelCheck(name, file, ModelCheckStatus.Verified, $"{shape}; SHA-256 matches")
            : new ModelCheck(name, file, ModelCheckStatus.Mismatch, $"SHA-256 {actual}, the manifest says {expected}; delete it and run 'precoder models pull {entry.Name}'");
    }
}
