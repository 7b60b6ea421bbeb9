using System.Text.Json.Serialization;
using System.Text.Json;
using PreCoder.Core.Files;

namespace PreCoder.Application.Evaluation;

/// <summary>
/// The results of finished evaluation items (a fold, a learning curve) under the study's <c>work/evaluation/</c>, so a
/// run that was stopped keeps them and the report is assembled from every fold, whichever run computed it.
/// </summary>
public static class EvaluationCheckpoints
{
    // Agreement coefficients may be NaN when undefined on a small fold; JSON has no literal for it otherwise.
    private static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static string PathFor(StudySession session, string item)
    {
        var safe = string.Concat(item.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c == ' ' ? '_' : c));
        return Path.Combine(session.Folder.Path, "work", "evaluation", safe + ".json");
    }

    public static async Task SaveAsync<T>(StudySession session, string item, string inputHash, T result, CancellationToken cancellationToken)
    {
        var path = PathFor(session, item);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // A kill mid-write leaves no half file to be read as finished.
        await AtomicFile.WriteAllTextAsync(path, JsonSerializer.Serialize(new EvaluationCheckpoint<T>(inputHash, result), Json), cancellationToken);
    }

    /// <summary>The result saved for <paramref name="item"/> when it was computed from the same inputs; null otherwise.</summary>
    public static T? Load<T>(StudySession session, string item, string inputHash)
        where T : class
    {
        var path = PathFor(session, item);
        if (!File.Exists(path))
        {
            return null;
        }
        var saved = JsonSerializer.Deserialize<EvaluationCheckpoint<T>>(File.ReadAllText(path), Json);
        return saved?.InputHash == inputHash ? saved.Result : null;
    }
}
