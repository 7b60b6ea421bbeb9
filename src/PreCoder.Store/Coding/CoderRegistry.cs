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
            db.Coders.Add(new CoderRow { Id = coder.Id, Kind = coder.Kind, ModelVersion = coder.ModelVersion });
        }
        else if (row.Kind != coder.Kind)
        {
            throw new InvalidOperationException($"coder '{coder.Id}' is recorded as {row.Kind}, not {coder.Kind}");
        }
    }
}
