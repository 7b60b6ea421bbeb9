using System.Text.Json;

namespace PreCoder.Llm.Audit;

/// <summary>Appends audit entries as JSON lines to a file in the study's logs folder; safe for concurrent calls.</summary>
public sealed class AuditLog(string path)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private readonly Lock _gate = new();

    public string Path { get; } = path;

    public void Append(AuditEntry entry)
    {
        var line = JsonSerializer.Serialize(entry, Json) + "\n";
        lock (_gate)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
            File.AppendAllText(Path, line);
        }
    }
}
