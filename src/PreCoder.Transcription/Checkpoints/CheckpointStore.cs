using System.Text.Json;
using PreCoder.Core.Files;

namespace PreCoder.Transcription.Checkpoints;

/// <summary>
/// One folder per recording: <c>input.json</c> names the input hash the chunks belong to, <c>chunk-NNNNN.json</c>
/// holds each finished chunk. Files are written to a temporary name and renamed, so a crash never leaves half a chunk.
/// </summary>
public sealed class CheckpointStore(string directory)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Directory { get; } = directory;

    /// <summary>The finished chunks in order, for <paramref name="inputHash"/>; checkpoints of other input are removed.</summary>
    public IReadOnlyList<ChunkResult> Load(string inputHash)
    {
        var marker = Path.Combine(Directory, "input.json");
        if (System.IO.Directory.Exists(Directory))
        {
            var stored = File.Exists(marker) ? JsonSerializer.Deserialize<InputMarker>(File.ReadAllText(marker), Json)?.Hash : null;
            if (stored != inputHash)
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
        }
        System.IO.Directory.CreateDirectory(Directory);
        AtomicFile.WriteAllText(marker, JsonSerializer.Serialize(new InputMarker(inputHash), Json));
        var chunks = new List<ChunkResult>();
        for (var i = 0; ; i++)
        {
            var path = ChunkPath(i);
            if (!File.Exists(path))
            {
                break;
            }
            ChunkResult? chunk;
            try
            {
                chunk = JsonSerializer.Deserialize<ChunkResult>(File.ReadAllText(path), Json);
            }
            catch (JsonException)
            {
                chunk = null;
            }
            if (chunk is null || chunk.Index != i || (chunks.Count > 0 && chunk.StartSample != chunks[^1].EndSample))
            {
                // A damaged or foreign checkpoint ends the usable prefix; everything after it is redone.
                foreach (var stale in System.IO.Directory.GetFiles(Directory, "chunk-*.json").Where(f => string.CompareOrdinal(Path.GetFileName(f), Path.GetFileName(path)) >= 0))
                {
                    File.Delete(stale);
                }
                break;
            }
            chunks.Add(chunk);
        }
        return chunks;
    }

    public void Save(ChunkResult chunk) => AtomicFile.WriteAllText(ChunkPath(chunk.Index), JsonSerializer.Serialize(chunk, Json));

    private string ChunkPath(int index) => Path.Combine(Directory, $"chunk-{index:D5}.json");

    private sealed record InputMarker(string Hash);
}
