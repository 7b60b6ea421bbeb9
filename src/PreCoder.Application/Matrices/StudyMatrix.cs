using PreCoder.Reporting.Matrices;
using PreCoder.Store.Reading;

namespace PreCoder.Application.Matrices;

/// <summary>The analysis matrix: one row per interview, one column per attribute and variable, from whose codes.</summary>
public static class StudyMatrix
{
    /// <param name="coder">A coder, <c>consensus</c> or a machine coder; null for the first human coder.</param>
    public static async Task<AnalysisMatrix> BuildAsync(StudySession session, string? coder, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        await using var reader = await StudyReader.OverAsync(db, cancellationToken);
        var codebook = await StudyCodebook.LoadAsync(reader, cancellationToken);
        var codes = await StudyCodeSources.LoadAsync(reader, codebook, coder, session.Notes, cancellationToken);
        var interviews = await StudyInterviews.LoadAsync(db, cancellationToken);
        return AnalysisMatrixBuilder.Build(codebook.Codebook, interviews, codes);
    }
}
