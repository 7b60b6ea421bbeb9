using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PreCoder.Core.Coding;
using PreCoder.Store.Persistence;

namespace PreCoder.Store.Coding;

/// <summary>
/// Runs a current-codes query's own SQL (EF Core writes it for the provider, parameters included) and reads the rows
/// straight from the data reader: at the seed study's scale, EF Core's per-row materialisation of 253,440 rows cost
/// more than the query. The action and evidence columns are converted with the model's own converters, so a code reads
/// exactly as EF Core would have read it, on SQLite and PostgreSQL alike.
/// </summary>
internal static class CurrentCodeReader
{
    public static async IAsyncEnumerable<CodeRecord> ReadAsync(StudyDbContext db, IQueryable<CodeDecision> latest, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(CodeDecision))!;
        var action = Converter(entity, nameof(CodeDecision.Action));
        var evidence = Converter(entity, nameof(CodeDecision.Evidence));
        // Only the columns a code needs: notes, times and provenance are never read.
        var query = latest.Select(d => new { d.InterviewId, d.PassageId, d.VariableId, d.CoderId, d.Action, d.Value, d.MissingReason, d.Evidence });
        await using var command = query.CreateDbCommand();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var columns = Ordinals(reader);
            // A study has a handful of actions and mostly empty evidence: each distinct text is converted once.
            var actions = new Dictionary<string, DecisionAction>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                var actionText = reader.GetString(columns.Action);
                if (!actions.TryGetValue(actionText, out var kind))
                {
                    kind = (DecisionAction)action.ConvertFromProvider(actionText)!;
                    actions[actionText] = kind;
                }
                // A unit whose latest decision is a reject has no code; CodeDecision.Sets stays the one definition of
                // which actions leave a code.
                if (!CodeDecision.Sets(kind))
                {
                    continue;
                }
                var evidenceText = reader.GetString(columns.Evidence);
                var quotes = evidenceText == "[]" ? [] : (IReadOnlyList<EvidenceQuote>)evidence.ConvertFromProvider(evidenceText)!;
                yield return new CodeRecord(
                    reader.GetString(columns.Interview),
                    reader.IsDBNull(columns.Passage) ? null : reader.GetString(columns.Passage),
                    reader.GetString(columns.Variable),
                    reader.GetString(columns.Coder),
                    new Score(reader.IsDBNull(columns.Value) ? null : reader.GetDouble(columns.Value), reader.IsDBNull(columns.MissingReason) ? null : reader.GetString(columns.MissingReason)),
                    quotes);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static ValueConverter Converter(IEntityType entity, string property) =>
        entity.FindProperty(property)!.GetTypeMapping().Converter!;

    private static Columns Ordinals(DbDataReader reader) => new(
        reader.GetOrdinal(nameof(CodeDecision.InterviewId)),
        reader.GetOrdinal(nameof(CodeDecision.PassageId)),
        reader.GetOrdinal(nameof(CodeDecision.VariableId)),
        reader.GetOrdinal(nameof(CodeDecision.CoderId)),
        reader.GetOrdinal(nameof(CodeDecision.Action)),
        reader.GetOrdinal(nameof(CodeDecision.Value)),
        reader.GetOrdinal(nameof(CodeDecision.MissingReason)),
        reader.GetOrdinal(nameof(CodeDecision.Evidence)));

    private readonly record struct Columns(int Interview, int Passage, int Variable, int Coder, int Action, int Value, int MissingReason, int Evidence);
}
