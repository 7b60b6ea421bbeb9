using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Errors;
using PreCoder.Core.Text;
using PreCoder.Store.Persistence;

namespace PreCoder.Application.Coding;

/// <summary>Imports participant attributes (first column the interview id, one column per attribute); all rows or none.</summary>
public sealed class AttributesImporter(StudyDbContext db)
{
    public sealed record Result(int Interviews, IReadOnlyList<string> Attributes);

    /// <summary>Imports an attributes file into the study.</summary>
    public static async Task<Result> ImportAsync(StudySession session, string path, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        return await new AttributesImporter(db).ImportAsync(path, cancellationToken);
    }

    public async Task<Result> ImportAsync(string path, CancellationToken cancellationToken)
    {
        var table = CsvTable.Load(path);
        if (table.Header.Count < 2)
        {
            throw new InputException(path, 1, "expected the interview id column and at least one attribute column");
        }
        if (table.Header.Skip(1).Any(h => h.Length == 0))
        {
            throw new InputException(path, 1, "an attribute column has an empty header");
        }
        var interviews = await db.Interviews.ToDictionaryAsync(i => i.Id, cancellationToken);
        var seen = new Dictionary<string, int>();
        foreach (var row in table.Rows)
        {
            var id = row.Fields[0].Trim();
            if (!interviews.ContainsKey(id))
            {
                throw new InputException(path, row.Line, $"unknown interview '{id}' (ingest its transcript first)");
            }
            if (seen.TryGetValue(id, out var first))
            {
                throw new InputException(path, row.Line, $"interview '{id}' appears twice (first on line {first})");
            }
            seen[id] = row.Line;
        }
        foreach (var row in table.Rows)
        {
            var interview = interviews[row.Fields[0].Trim()];
            for (var c = 1; c < table.Header.Count; c++)
            {
                var value = row.Fields[c].Trim();
                if (value.Length == 0)
                {
                    interview.Attributes.Remove(table.Header[c]);
                }
                else
                {
                    interview.Attributes[table.Header[c]] = value;
                }
            }
            // The dictionary is mutated in place, so tell EF the JSON column changed.
            db.Entry(interview).Property(i => i.Attributes).IsModified = true;
        }
        await db.SaveChangesAsync(cancellationToken);
        return new Result(table.Rows.Count, table.Header.Skip(1).ToArray());
    }
}
