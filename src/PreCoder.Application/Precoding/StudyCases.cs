using Microsoft.EntityFrameworkCore;
using PreCoder.Classification.Classifiers;
using PreCoder.Core.Coding;
using PreCoder.Core.Errors;
using PreCoder.Core.Passages;
using PreCoder.Store.Coding;

namespace PreCoder.Application.Precoding;

/// <summary>
/// The study as <c>train</c> and <c>evaluate</c> see it: codebook, every interview with its passages, one coder's
/// current codes and the quotes that coder turned down.
/// </summary>
public sealed record StudyCases(StudyCodebook Codebook, IReadOnlyList<Passage> Passages, IReadOnlyList<InterviewCase> Cases, IReadOnlyList<CodeRecord> Codes, IReadOnlyList<RejectedQuote> Rejected)
{
    public static async Task<StudyCases> LoadAsync(StudySession session, string coder, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        var codebook = await StudyCodebook.LoadAsync(db, cancellationToken);
        var passages = await db.Passages.AsNoTracking().OrderBy(p => p.InterviewId).ThenBy(p => p.Index).ToListAsync(cancellationToken);
        var attributes = await db.Interviews.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Attributes, cancellationToken);
        var cases = passages.GroupBy(p => p.InterviewId)
            .Select(g => new InterviewCase(g.Key, g.ToArray(), codebook.Version, attributes.GetValueOrDefault(g.Key)))
            .ToArray();
        var codes = await CodeQueries.CurrentCodesAsync(db, c => c == coder, cancellationToken);
        if (codes.Count == 0)
        {
            var known = await db.Coders.AsNoTracking().Where(c => c.Kind == CoderKind.Human).Select(c => c.Id).ToListAsync(cancellationToken);
            throw new InputException("--coder", null, $"coder '{coder}' has no codes in this study (coders with codes: {(known.Count == 0 ? "none; import some with 'precoder codes import FILE'" : string.Join(", ", known))})");
        }
        var rejected = await RejectedQuotes.OfCoderAsync(db, coder, cancellationToken);
        var coded = codes.Select(c => c.InterviewId).ToHashSet(StringComparer.Ordinal);
        return new StudyCases(codebook, passages, cases.Where(c => coded.Contains(c.InterviewId)).ToArray(), codes, rejected);
    }
}
