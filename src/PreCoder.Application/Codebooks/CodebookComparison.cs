using PreCoder.Codebooks.Diff;

namespace PreCoder.Application.Codebooks;

/// <summary>Compares two stored codebook versions.</summary>
public static class CodebookComparison
{
    public static async Task<CodebookVersionDiff> CompareAsync(StudySession session, CodebookDiffRequest request, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        var to = request.To is { } t ? await StudyCodebook.LoadAsync(db, t, cancellationToken) : await StudyCodebook.LoadAsync(db, cancellationToken);
        var from = await StudyCodebook.LoadAsync(db, request.From ?? Math.Max(1, to.Version - 1), cancellationToken);
        return new CodebookVersionDiff(from.Version, to.Version, CodebookDiff.Compare(from.Codebook, to.Codebook));
    }
}
