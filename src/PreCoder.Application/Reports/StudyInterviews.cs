using Microsoft.EntityFrameworkCore;
using PreCoder.Reporting.StudyTables;
using PreCoder.Store.Persistence;

namespace PreCoder.Application.Reports;

/// <summary>The study's interviews with their attributes, as the reports read them.</summary>
public static class StudyInterviews
{
    public static async Task<StudyInterview[]> LoadAsync(StudyDbContext db, CancellationToken cancellationToken) =>
        (await db.Interviews.AsNoTracking().ToListAsync(cancellationToken))
            .Select(i => new StudyInterview(i.Id, i.Attributes))
            .ToArray();
}
