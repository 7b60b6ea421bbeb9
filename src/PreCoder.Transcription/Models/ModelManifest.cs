using System.Text.Json;
using PreCoder.Core.Errors;

namespace PreCoder.Transcription.Models;

/// <summary>The models <c>precoder models</c> knows: names, files, public URLs and SHA-256 sums (<c>models/manifest.json</c>).</summary>
public sealed class ModelManifest
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ModelManifest(IReadOnlyList<ModelManifestEntry> models) => Models = models;

    public IReadOnlyList<ModelManifestEntry> Models { get; }

    /// <summary>The manifest at <paramref name="path"/>, or the one built into the library when null.</summary>
    public static ModelManifest Load(string? path = null)
    {
        try
        {
            using var stream = path is null
                ? typeof(ModelManifest).Assembly.GetManifestResourceStream("PreCoder.Transcription.manifest.json")!
                : File.OpenRead(path);
            var doc = JsonSerializer.Deserialize<Document>(stream, Json) ?? throw new JsonException("empty document");
            return new ModelManifest(doc.Models);
        }
        catch (JsonException ex)
        {
            throw new InputException(path ?? "manifest.json", ex.LineNumber is { } l ? (int)l + 1 : null, $"not a model manifest ({ex.Message})");
        }
        catch (FileNotFoundException)
        {
            throw new UnavailableException($"{path}: model manifest not found");
        }
    }

    /// <summary>The entry named <paramref name="name"/> (or whose file is <paramref name="name"/>); null when unknown.</summary>
    public ModelManifestEntry? Find(string name) =>
        Models.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(m.File, name, StringComparison.OrdinalIgnoreCase));

    private sealed record Document(List<ModelManifestEntry> Models);
}
