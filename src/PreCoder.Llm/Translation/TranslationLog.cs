using System.Text.Json;

namespace PreCoder.Llm.Translation;

/// <summary>
/// Which model and prompt translated which segment, and when: one JSON line per translated segment in the study
/// (<c>llm/translations.jsonl</c>). The segment itself only carries the MachineTranslation flag; this says by what.
/// </summary>
public sealed class TranslationLog(string path)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string PathIn(string studyFolder) => System.IO.Path.Combine(studyFolder, "llm", "translations.jsonl");

    public string Path { get; } = path;

    public void Append(string interviewId, IEnumerable<string> segmentIds, string source, DateTimeOffset time)
    {
        var lines = segmentIds.Select(id => JsonSerializer.Serialize(new { time, interview = interviewId, segment = id, source }, Json) + "\n");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        File.AppendAllText(Path, string.Concat(lines));
    }
}
