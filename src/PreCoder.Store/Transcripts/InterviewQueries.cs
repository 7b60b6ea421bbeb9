using PreCoder.Store.Reading;

namespace PreCoder.Store.Transcripts;

/// <summary>The study's interviews, as lists and sheets name them.</summary>
public static class InterviewQueries
{
    /// <summary>Every interview's id, in order.</summary>
    public static Task<List<string>> IdsAsync(StudyReader reader, CancellationToken cancellationToken) =>
        reader.ListAsync("SELECT \"Id\" FROM \"Interviews\" ORDER BY \"Id\"", row => row.GetString(0), cancellationToken);
}
