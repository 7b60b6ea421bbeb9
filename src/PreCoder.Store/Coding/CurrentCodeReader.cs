using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PreCoder.Core.Coding;
using PreCoder.Store.Persistence;

namespace PreCoder.Store.Coding;

/// <summary>
/// Runs a current-codes query's own SQL (EF Core writes it for the provider, parameters included) and reads the rows
/// straight from the data reader - on SQLite straight from SQLite's API (<see cref="SqliteRows"/>): at the seed
/// study's scale, EF Core's per-row materialisation of 253,440 rows, and then ADO.NET's per-value calls, cost more than
/// the query. The action and evidence columns are converted with the model's own converters, so a code reads exactly
/// as EF Core would have read it, on SQLite and PostgreSQL alike.
/// </summary>
internal static class CurrentCodeReader
{
    private static async IAsyncEnumerable<CodeRecord> ReadAsync(StudyDbContext db, IQueryable<CodeDecision> latest, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var decode = Decoder.For(db);
        await using var command = Command(latest);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            using var rows = db.Database.GetDbConnection() is SqliteConnection sqlite ? SqliteRows.TryPrepare(sqlite, command) : null;
            if (rows is not null)
            {
                foreach (var code in ReadSqlite(rows, decode, cancellationToken))
                {
                    yield return code;
                }
            }
            else
            {
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                await foreach (var code in ReadAsync(command, decode, cancellationToken))
                {
                    yield return code;
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Reads every current code into a list, in decision order. On a SQLite file with many decisions the trail is cut
    /// at its last id and split into id ranges (<see cref="DecisionIdRange"/>), each read on a connection and a core
    /// of its own; inside a transaction, whose uncommitted decisions only its own connection sees, or on PostgreSQL,
    /// it is one query.
    /// </summary>
    public static async Task<List<CodeRecord>> ReadAllAsync(StudyDbContext db, Func<DecisionIdRange?, IQueryable<CodeDecision>> latestIn, CodeReadParallelism parallelism, CancellationToken cancellationToken)
    {
        var ranges = await RangesAsync(db, parallelism, cancellationToken);
        if (ranges is null)
        {
            var codes = new List<CodeRecord>();
            await foreach (var code in ReadAsync(db, latestIn(null), cancellationToken))
            {
                codes.Add(code);
            }
            return codes;
        }

        var connectionString = db.Database.GetConnectionString()!;
        var parts = ranges.Select(range =>
        {
            // Each range's SQL and parameters, written by EF Core on this thread (a context is not thread-safe).
            var command = Command(latestIn(range));
            var decode = Decoder.For(db);
            return Task.Run(() => ReadPart(connectionString, command, decode, cancellationToken), cancellationToken);
        }).ToArray();
        var read = await Task.WhenAll(parts);
        var all = new List<CodeRecord>(read.Sum(part => part.Count));
        foreach (var part in read)
        {
            all.AddRange(part);
        }
        return all;
    }

    // Null when the codes are best read as one query.
    private static async Task<DecisionIdRange[]?> RangesAsync(StudyDbContext db, CodeReadParallelism parallelism, CancellationToken cancellationToken)
    {
        if (parallelism.MaxParts < 2 || db.Database.GetDbConnection() is not SqliteConnection sqlite || db.Database.CurrentTransaction is not null
            || new SqliteConnectionStringBuilder(sqlite.ConnectionString) is { Mode: SqliteOpenMode.Memory } or { DataSource: "" or ":memory:" })
        {
            return null;
        }
        // The first and last id straight from the table (EF Core's aggregate query costs a compilation more than it reads).
        var entity = db.Model.FindEntityType(typeof(CodeDecision))!;
        var id = entity.FindProperty(nameof(CodeDecision.Id))!.GetColumnName();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = sqlite.CreateCommand();
            // Two subqueries: SQLite answers a lone min or max from the key's end, but scans the table for both at once.
            var table = entity.GetTableName();
            command.CommandText = $"SELECT (SELECT min(\"{id}\") FROM \"{table}\"), (SELECT max(\"{id}\") FROM \"{table}\")";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken) || reader.IsDBNull(0))
            {
                return null;
            }
            var parts = parallelism.PartsFor(reader.GetInt64(0), reader.GetInt64(1));
            return parts < 2 ? null : DecisionIdRange.Split(reader.GetInt64(0), reader.GetInt64(1), parts);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static List<CodeRecord> ReadPart(string connectionString, DbCommand command, Decoder decode, CancellationToken cancellationToken)
    {
        using (command)
        using (var connection = new SqliteConnection(connectionString))
        {
            connection.Open();
            // Connections opened together on a WAL file can find it briefly locked (one of them sets up the shared
            // index); SQLite's own busy handler waits, as ADO.NET's retries do for a command.
            SQLitePCL.raw.sqlite3_busy_timeout(connection.Handle, connection.DefaultTimeout * 1000);
            using var rows = SqliteRows.TryPrepare(connection, command);
            if (rows is not null)
            {
                return [.. ReadSqlite(rows, decode, cancellationToken)];
            }
            command.Connection = connection;
            command.Transaction = null;
            return ReadAsync(command, decode, cancellationToken).ToBlockingEnumerable(cancellationToken).ToList();
        }
    }

    // Only the columns a code needs: notes, times and provenance are never read.
    private static DbCommand Command(IQueryable<CodeDecision> latest) =>
        latest.Select(d => new { d.InterviewId, d.PassageId, d.VariableId, d.CoderId, d.Action, d.Value, d.MissingReason, d.Evidence }).CreateDbCommand();

    // SQLite answers from the same process, so its rows are stepped through synchronously, straight from its API.
    private static IEnumerable<CodeRecord> ReadSqlite(SqliteRows rows, Decoder decode, CancellationToken cancellationToken)
    {
        var columns = Columns.Of(rows.Ordinal);
        for (var row = 0; rows.Read(); row++)
        {
            if ((row & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            if (!CodeDecision.Sets(decode.Action(rows.Id(columns.Action))))
            {
                continue;
            }
            var quotes = rows.TextEquals(columns.Evidence, "[]"u8) ? [] : decode.Evidence(rows.Text(columns.Evidence));
            yield return new CodeRecord(
                rows.Id(columns.Interview),
                rows.IsNull(columns.Passage) ? null : rows.Id(columns.Passage),
                rows.Id(columns.Variable),
                rows.Id(columns.Coder),
                new Score(rows.IsNull(columns.Value) ? null : rows.Double(columns.Value), rows.IsNull(columns.MissingReason) ? null : rows.Id(columns.MissingReason)),
                quotes);
        }
    }

    private static async IAsyncEnumerable<CodeRecord> ReadAsync(DbCommand command, Decoder decode, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = Columns.Of(reader.GetOrdinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            // A unit whose latest decision is a reject has no code; CodeDecision.Sets stays the one definition of
            // which actions leave a code.
            if (!CodeDecision.Sets(decode.Action(reader.GetString(columns.Action))))
            {
                continue;
            }
            var evidenceText = reader.GetString(columns.Evidence);
            yield return new CodeRecord(
                reader.GetString(columns.Interview),
                reader.IsDBNull(columns.Passage) ? null : reader.GetString(columns.Passage),
                reader.GetString(columns.Variable),
                reader.GetString(columns.Coder),
                new Score(reader.IsDBNull(columns.Value) ? null : reader.GetDouble(columns.Value), reader.IsDBNull(columns.MissingReason) ? null : reader.GetString(columns.MissingReason)),
                evidenceText == "[]" ? [] : decode.Evidence(evidenceText));
        }
    }

    private static ValueConverter Converter(IEntityType entity, string property) =>
        entity.FindProperty(property)!.GetTypeMapping().Converter!;

    // The model's converters for the stored action and evidence texts. A study has a handful of actions, so each
    // distinct text is converted once.
    private sealed class Decoder(ValueConverter action, ValueConverter evidence)
    {
        private readonly Dictionary<string, DecisionAction> _actions = new(StringComparer.Ordinal);

        // One per reader: its cache of actions is not shared between threads.
        public static Decoder For(StudyDbContext db)
        {
            var entity = db.Model.FindEntityType(typeof(CodeDecision))!;
            return new Decoder(Converter(entity, nameof(CodeDecision.Action)), Converter(entity, nameof(CodeDecision.Evidence)));
        }

        public DecisionAction Action(string text)
        {
            if (!_actions.TryGetValue(text, out var kind))
            {
                kind = (DecisionAction)action.ConvertFromProvider(text)!;
                _actions[text] = kind;
            }
            return kind;
        }

        public IReadOnlyList<EvidenceQuote> Evidence(string json) => (IReadOnlyList<EvidenceQuote>)evidence.ConvertFromProvider(json)!;
    }

    private readonly record struct Columns(int Interview, int Passage, int Variable, int Coder, int Action, int Value, int MissingReason, int Evidence)
    {
        public static Columns Of(Func<string, int> ordinal) => new(
            ordinal(nameof(CodeDecision.InterviewId)),
            ordinal(nameof(CodeDecision.PassageId)),
            ordinal(nameof(CodeDecision.VariableId)),
            ordinal(nameof(CodeDecision.CoderId)),
            ordinal(nameof(CodeDecision.Action)),
            ordinal(nameof(CodeDecision.Value)),
            ordinal(nameof(CodeDecision.MissingReason)),
            ordinal(nameof(CodeDecision.Evidence)));
    }
}
