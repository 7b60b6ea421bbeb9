using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;
using PreCoder.Core.Text;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Coding;

[Description("Import participant attributes: first column the interview id, one column per attribute; all rows or none.")]
public sealed class AttributesImportCommand : StudyCommand<AttributesImportCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandArgument(0, "<CSV>")]
        public string File { get; init; } = "";
    }

    protected override async Task<int> RunAsync(Session session, Settings settings, CancellationToken cancellationToken)
    {
        var path = settings.File;
        var table = CsvTable.Load(path, string.Join("\n", TextFile.ReadLines(path)));
        if (table.Header.Count < 2)
        {
            throw new InputException(path, 1, "expected the interview id column and at least one attribute column");
        }
        if (table.Header.Skip(1).FirstOrDefault(h => h.Length == 0) is not null)
        {
            throw new InputException(path, 1, "an attribute column has an empty header");
        }
        await using var db = session.CreateDb();
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
            // The dictionary is replaced, not mutated, so EF sees the change to the JSON column.
            var attributes = new Dictionary<string, string>(interview.Attributes, StringComparer.OrdinalIgnoreCase);
            for (var c = 1; c < table.Header.Count; c++)
            {
                var value = row.Fields[c].Trim();
                if (value.Length == 0)
                {
                    attributes.Remove(table.Header[c]);
                }
                else
                {
                    attributes[table.Header[c]] = value;
                }
            }
            interview.Attributes.Clear();
            foreach (var (k, v) in attributes)
            {
                interview.Attributes[k] = v;
            }
            db.Entry(interview).Property(i => i.Attributes).IsModified = true;
        }
        await db.SaveChangesAsync(cancellationToken);
        session.Output.Result(new { interviews = table.Rows.Count, attributes = table.Header.Skip(1).ToArray() },
            $"Attributes for {table.Rows.Count} interviews: {string.Join(", ", table.Header.Skip(1))}");
        return 0;
    }
}
