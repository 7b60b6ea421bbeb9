using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PreCoder.Store.Studies;

namespace PreCoder.Cli.Tests;

/// <summary>
/// A study's database content as text, leaving out what legitimately differs between two runs (row ids given by the
/// database, wall-clock times, absolute paths), so two studies built from the same input can be compared whole.
/// </summary>
internal static class StudySnapshot
{
    public static async Task<string> TakeAsync(string studyPath)
    {
        var folder = new StudyFolder(studyPath);
        await using var db = new StudyDatabase(folder, new StoreOptions()).CreateContext();
        var parts = new
        {
            interviews = (await db.Interviews.AsNoTracking().ToListAsync()).OrderBy(i => i.Id).Select(i => new { i.Id, Source = Path.GetFileName(i.Source), Attributes = i.Attributes.OrderBy(a => a.Key).ToArray() }),
            segments = (await db.Segments.AsNoTracking().ToListAsync()).OrderBy(s => s.InterviewId).ThenBy(s => s.Index),
            passages = (await db.Passages.AsNoTracking().ToListAsync()).OrderBy(p => p.InterviewId).ThenBy(p => p.Index),
            codebooks = (await db.CodebookVersions.AsNoTracking().ToListAsync()).OrderBy(v => v.Version).Select(v => new { v.Version, v.ContentHash }),
            coders = (await db.Coders.AsNoTracking().ToListAsync()).OrderBy(c => c.Id).Select(c => new { c.Id, c.Kind }),
            decisions = (await db.Decisions.AsNoTracking().ToListAsync())
                .Select(d => new { d.InterviewId, d.PassageId, d.VariableId, d.CoderId, d.Action, d.Value, d.MissingReason, d.CodebookVersion, Evidence = d.Evidence.ToArray() })
                .OrderBy(d => d.InterviewId).ThenBy(d => d.VariableId).ThenBy(d => d.CoderId),
            stageRuns = (await db.StageRuns.AsNoTracking().ToListAsync()).Select(r => new { r.Stage, Item = Path.GetFileName(r.Item), r.Status, r.Summary }).OrderBy(r => r.Stage).ThenBy(r => r.Item),
        };
        return JsonSerializer.Serialize(parts, new JsonSerializerOptions { WriteIndented = true });
    }
}
