using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using PreCoder.Core.Coding;
using PreCoder.Store.Persistence;
using PreCoder.Store.Reading;

namespace PreCoder.Store.Coding;

/// <summary>
/// Runs the current-codes query and reads its rows straight from the data reader - on SQLite straight from SQLite's
/// API (<see cref="SqliteRows"/>): at the seed study's scale, EF Core's per-row materialisation of 253,440 rows, and
/// then ADO.NET's per-value calls, cost more than the query. The query is SQL both providers answer alike.
/// </summary>
internal static class CurrentCodeReader
{
    // Only the columns a code needs: notes, times and provenance are never read. Each unit's latest decision other than
    // a note (notes neither set nor clear a code), among the decisions in (@p0, @p1], as the trail stood at decision
    // @p2; then, in an IN list, the coders (@p3, ...). PassageId is compared null-safely in a form both providers
    // answer from the unit index.
    private const string Select =
        "SELECT d.\"InterviewId\", d.\"PassageId\", d.\"VariableId\", d.\"CoderId\", d.\"Action\", d.\"Value\", d.\"MissingReason\", d.\"Evidence\" "
        + "FROM \"Decisions\" AS d WHERE d.\"Action\" <> @p3 AND d.\"Id\" > @p0 AND d.\"Id\" <= @p1 ";

    private const string NoLaterDecision =
        "AND NOT EXISTS (SELECT 1 FROM \"Decisions\" AS l WHERE l.\"CoderId\" = d.\"CoderId\" AND l.\"InterviewId\" = d.\"InterviewId\" "
        + "AND l.\"VariableId\" = d.\"VariableId\" AND (l.\"PassageId\" = d.\"PassageId\" OR (l.\"PassageId\" IS NULL AND d.\"PassageId\" IS NULL)) "
        + "AND l.\"Id\" > d.\"Id\" AND l.\"Id\" <= @p2 AND l.\"Action\" <> @p3) ORDER BY d.\"Id\"";

    /// <summary>
    /// Reads every current code into a list, in decision order. On a SQLite file with many decisions the trail is cut
    /// at its last id and split into id ranges (<see cref="DecisionIdRange"/>), each read on a connection and a core
    /// of its own; inside a transaction, whose uncommitted decisions only its own connection sees, or on PostgreSQL,
    /// it is one query.
    /// </summary>
    public static async Task<List<CodeRecord>> ReadAllAsync(StudyReader reader, IReadOnlyCollection<string>? coderIds, CodeReadParallelism parallelism, CancellationToken cancellationToken)
    {
        var sql = Sql(coderIds);
        var ranges = await RangesAsync(reader, parallelism, cancellationToken);
        if (ranges is null)
        {
            await using var command = reader.Command(sql, Parameters(null, coderIds));
            var codes = new List<CodeRecord>();
            if (reader.Connection is SqliteConnection sqlite)
            {
                using var rows = SqliteRows.Prepare(sqlite, command);
                codes.AddRange(ReadSqlite(rows, cancellationToken));
            }
            else
            {
                await foreach (var code in ReadAsync(command, cancellationToken))
                {
                    codes.Add(code);
                }
            }
            return codes;
        }

        var connectionString = reader.SqliteFileConnectionString!;
        var parts = ranges.Select(range => Task.Run(() => ReadPartAsync(connectionString, sql, Parameters(range, coderIds), cancellationToken), cancellationToken)).ToArray();
        var read = await Task.WhenAll(parts);
        var all = new List<CodeRecord>(read.Sum(part => part.Count));
        foreach (var part in read)
        {
            all.AddRange(part);
        }
        return all;
    }

    private static string Sql(IReadOnlyCollection<string>? coderIds) =>
        coderIds is null ? Select + NoLaterDecision : $"{Select}AND d.\"CoderId\" IN ({StudyReader.Placeholders(4, coderIds.Count)}) {NoLaterDecision}";

    private static object?[] Parameters(DecisionIdRange? range, IReadOnlyCollection<string>? coderIds)
    {
        var (after, upTo, asOf) = range is { } r ? (r.After, r.UpTo, r.AsOf) : (long.MinValue, long.MaxValue, long.MaxValue);
        return [after, upTo, asOf, StoredActions.Of(DecisionAction.Note), .. coderIds ?? []];
    }

    // Null when the codes are best read as one query.
    private static async Task<DecisionIdRange[]?> RangesAsync(StudyReader reader, CodeReadParallelism parallelism, CancellationToken cancellationToken)
    {
        if (parallelism.MaxParts < 2 || reader.SqliteFileConnectionString is null)
        {
            return null;
        }
        // Two subqueries: SQLite answers a lone min or max from the key's end, but scans the table for both at once.
        await using var command = reader.Command("SELECT (SELECT min(\"Id\") FROM \"Decisions\"), (SELECT max(\"Id\") FROM \"Decisions\")");
        await using var row = await command.ExecuteReaderAsync(cancellationToken);
        if (!await row.ReadAsync(cancellationToken) || row.IsDBNull(0))
        {
            return null;
        }
        var parts = parallelism.PartsFor(row.GetInt64(0), row.GetInt64(1));
        return parts < 2 ? null : DecisionIdRange.Split(row.GetInt64(0), row.GetInt64(1), parts);
    }

    private static async Task<List<CodeRecord>> ReadPartAsync(string connectionString, string sql, object?[] parameters, CancellationToken cancellationToken)
    {
        await using var reader = await StudyReader.OpenAsync(new SqliteConnection(connectionString), cancellationToken);
        await using var command = reader.Command(sql, parameters);
        using var rows = SqliteRows.Prepare((SqliteConnection)reader.Connection, command);
        return [.. ReadSqlite(rows, cancellationToken)];
    }

    // SQLite answers from the same process, so its rows are stepped through synchronously, straight from its API.
    private static IEnumerable<CodeRecord> ReadSqlite(SqliteRows rows, CancellationToken cancellationToken)
    {
        for (var row = 0; rows.Read(); row++)
        {
            if ((row & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            // A unit whose latest decision is a reject has no code; CodeDecision.Sets stays the one definition of
            // which actions leave a code.
            if (!CodeDecision.Sets(StoredActions.Parse(rows.Id(Column.Action))))
            {
                continue;
            }
            var quotes = rows.TextEquals(Column.Evidence, "[]"u8) ? [] : JsonColumn.ReadList<EvidenceQuote>(rows.Text(Column.Evidence));
            yield return new CodeRecord(
                rows.Id(Column.Interview),
                rows.IdOrNull(Column.Passage),
                rows.Id(Column.Variable),
                rows.Id(Column.Coder),
                new Score(rows.IsNull(Column.Value) ? null : rows.Double(Column.Value), rows.IdOrNull(Column.MissingReason)),
                quotes);
        }
    }

    private static async IAsyncEnumerable<CodeRecord> ReadAsync(DbCommand command, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!CodeDecision.Sets(StoredActions.Parse(reader.GetString(Column.Action))))
            {
                continue;
            }
            var evidenceText = reader.GetString(Column.Evidence);
            yield return new CodeRecord(
                reader.GetString(Column.Interview),
                reader.GetStringOrNull(Column.Passage),
                reader.GetString(Column.Variable),
                reader.GetString(Column.Coder),
                new Score(reader.GetDoubleOrNull(Column.Value), reader.GetStringOrNull(Column.MissingReason)),
                JsonColumn.ReadList<EvidenceQuote>(evidenceText));
        }
    }

    // The positions of the selected columns in Select.
    private static class Column
    {
        public const int Interview = 0;
        public const int Passage = 1;
        public const int Variable = 2;
        public const int Coder = 3;
        public const int Action = 4;
        public const int Value = 5;
        public const int MissingReason = 6;
        public const int Evidence = 7;
    }
}
