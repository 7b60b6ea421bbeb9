using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Coding;
using PreCoder.Core.Suggestions;
using PreCoder.Store.Persistence;
using PreCoder.Store.Studies;

namespace PreCoder.Cli.Tests;

/// <summary>Reads a SQLite study's rows directly, to check what a command stored rather than what it printed.</summary>
internal static class StudyData
{
    public static StudyDbContext Open(string study) => new StudyDatabase(new StudyFolder(study), new StoreOptions()).CreateContext();

    public static async Task<List<CodeDecision>> DecisionsAsync(string study, string coder)
    {
        await using var db = Open(study);
        return await db.Decisions.AsNoTracking().Where(d => d.CoderId == coder).OrderBy(d => d.Id).ToListAsync();
    }

    /// <summary>The interview-level suggestions of one interview that propose a value above zero, with evidence.</summary>
    public static async Task<List<Suggestion>> PresentSuggestionsAsync(string study, string interview)
    {
        await using var db = Open(study);
        return (await db.Suggestions.AsNoTracking().Where(s => s.InterviewId == interview && s.PassageId == null).ToListAsync())
            .Where(s => s.Value > 0 && s.Evidence.Count > 0)
            .OrderBy(s => s.VariableId)
            .ToList();
    }

    public static async Task<string> PassageTextAsync(string study, string interview, int index)
    {
        await using var db = Open(study);
        return (await db.Passages.AsNoTracking().Where(p => p.InterviewId == interview).OrderBy(p => p.Index).ToListAsync())
            .Where(p => p.Text.Length > 60)
            .ElementAt(index).Text;
    }
}
