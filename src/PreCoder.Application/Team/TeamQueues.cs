namespace PreCoder.Application.Team;

/// <summary>
/// The queues a worker can serve, one per kind of machine work: a GPU machine takes <c>transcribe</c>, a CPU box
/// <c>precode</c>. Every stage that is neither transcription, translation nor training runs on <c>precode</c>.
/// </summary>
public static class TeamQueues
{
    public const string Transcribe = "transcribe";
    public const string Translate = "translate";
    public const string Precode = "precode";
    public const string Train = "train";

    public static IReadOnlyList<string> All { get; } = [Transcribe, Translate, Precode, Train];

    public static string For(string stage) => stage.ToLowerInvariant() switch
    {
        "transcribe" => Transcribe,
        "translate" => Translate,
        "train" => Train,
        _ => Precode,
    };

    /// <summary>The queues of a comma-separated list, or null with the unknown name.</summary>
    public static (string[] Queues, string? Unknown) Parse(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            return ([.. All], null);
        }
        var names = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => n.ToLowerInvariant()).Distinct().ToArray();
        var unknown = names.FirstOrDefault(n => !All.Contains(n));
        return (names, unknown);
    }
}
