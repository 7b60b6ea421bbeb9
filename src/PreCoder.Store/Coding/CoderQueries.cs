using PreCoder.Core.Coding;
using PreCoder.Store.Reading;

namespace PreCoder.Store.Coding;

/// <summary>Who has coded: the recorded coders of a kind, and the coders who have decided or suggested anything.</summary>
public static class CoderQueries
{
    /// <summary>The coders recorded with <paramref name="kind"/> (the kind is stored by name).</summary>
    public static Task<List<string>> IdsOfKindAsync(StudyReader reader, CoderKind kind, CancellationToken cancellationToken) =>
        reader.ListAsync("SELECT \"Id\" FROM \"Coders\" WHERE \"Kind\" = @p0", row => row.GetString(0), cancellationToken, kind.ToString());

    /// <summary>The coders with at least one decision in the trail.</summary>
    public static Task<List<string>> DecidingAsync(StudyReader reader, CancellationToken cancellationToken) =>
        reader.ListAsync("SELECT DISTINCT \"CoderId\" FROM \"Decisions\"", row => row.GetString(0), cancellationToken);

    /// <summary>The coders with at least one suggestion: the machines whose codes are suggestions.</summary>
    public static Task<List<string>> SuggestingAsync(StudyReader reader, CancellationToken cancellationToken) =>
        reader.ListAsync("SELECT DISTINCT \"CoderId\" FROM \"Suggestions\"", row => row.GetString(0), cancellationToken);
}
