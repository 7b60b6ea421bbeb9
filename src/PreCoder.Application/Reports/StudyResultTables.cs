using PreCoder.Core.Errors;
using PreCoder.Reporting.StudyReports;
using PreCoder.Reporting.StudyTables;
using PreCoder.Store.Reading;

namespace PreCoder.Application.Reports;

/// <summary>The paper's tables from final codes: demographics, % mentioned and averages per group, presence tables, timepoints.</summary>
public static class StudyResultTables
{
    public static async Task<StudyReport> BuildAsync(StudySession session, ResultTablesRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.By))
        {
            throw new InputException("--by", null, "name the attribute to group by, e.g. --by gender");
        }
        await using var db = session.CreateDb();
        await using var reader = await StudyReader.OverAsync(db, cancellationToken);
        var codebook = await StudyCodebook.LoadAsync(reader, cancellationToken);
        var codes = await StudyCodeSources.LoadAsync(reader, codebook, request.Coder, session.Notes, cancellationToken);
        var interviews = await StudyInterviews.LoadAsync(db, cancellationToken);
        if (!interviews.Any(i => i.Attributes.ContainsKey(request.By)))
        {
            throw new InputException("--by", null, $"no interview has attribute '{request.By}' (import them with 'attributes import')");
        }
        return StudyReportBuilder.Build(request.By, codebook.Codebook, interviews, codes, request.Timepoints);
    }
}
