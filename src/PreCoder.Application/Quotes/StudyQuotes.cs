using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Errors;
using PreCoder.Reporting.Quotes;
using PreCoder.Store.Reading;

namespace PreCoder.Application.Quotes;

/// <summary>What a paper's narrative is written from: a variable's evidence quotes with pseudonym, speaker, time and coder.</summary>
public static class StudyQuotes
{
    public static async Task<QuotesResult> CollectAsync(StudySession session, QuotesRequest request, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        await using var reader = await StudyReader.OverAsync(db, cancellationToken);
        var codebook = await StudyCodebook.LoadAsync(reader, cancellationToken);
        var variable = codebook.Codebook.Find(request.Variable)
            ?? codebook.Codebook.Variables.FirstOrDefault(v => v.Name.Equals(request.Variable, StringComparison.OrdinalIgnoreCase))
            ?? throw new InputException("--variable", null, $"no variable '{request.Variable}' in the codebook");
        var codes = await new CodesExporter(reader, codebook).CollectAsync(request.Coder, cancellationToken);
        if (request.Coder is not null
            && !await MachineCoders.IsMachineAsync(reader, request.Coder, cancellationToken)
            && !(await new StudyRatingsLoader(reader, codebook).HumanCoderIdsAsync(cancellationToken)).Contains(request.Coder, StringComparer.OrdinalIgnoreCase))
        {
            throw new InputException("--coder", null, $"no coder '{request.Coder}'");
        }
        var passages = (await db.Passages.AsNoTracking().ToListAsync(cancellationToken))
            .ToDictionary(p => (p.InterviewId, p.Id), p => new QuotePassage(p.InterviewId, p.Id, p.Speaker, p.Start));
        var interviews = await StudyInterviews.LoadAsync(db, cancellationToken);
        return new QuotesResult(variable, QuoteCollection.Collect(variable, codes, passages, interviews, request.By));
    }
}
