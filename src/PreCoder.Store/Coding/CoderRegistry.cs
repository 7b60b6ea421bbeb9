using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Coding;
using PreCoder.Store.Persistence;

namespace PreCoder.Store.Coding;

/// <summary>Makes sure a coder row exists before decisions name it; a coder's kind never changes once recorded.</summary>
public static class CoderRegistry
{
    public static async Task EnsureAsync(StudyDbContext db, Coder coder, CancellationToken cancellationToken)
    {
        var row = await db.Coders.FirstOrDefaultAsync(c => c.Id == coder.Id, cancellationToken)
            ?? db.Coders.Local.FirstOrDefault(c => c.Id == coder.Id);
        if (row is null)
        {
            // Not a tracked Add: two workers pre-coding at once both find no machine coder, and the second insert
            // must not fail its job (both SQLite and PostgreSQL know ON CONFLICT).
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""INSERT INTO "Coders" ("Id", "Kind", "ModelVersion", "FailedSignIns") VALUES ({coder.Id}, {coder.Kind.ToString()}, {coder.ModelVersion}, 0) ON CONFLICT ("Id") DO NOTHING""",
                cancellationToken);
        }
        else if (row.Kind != coder.Kind)
        {
            throw new InvalidOperationException($"coder '{coder.Id}' is recorded as {row.Kind}, not {coder.Kind}");
        }
    }
}
