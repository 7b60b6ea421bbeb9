using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using PreCoder.Core.Coding;
using PreCoder.Store.Persistence;

namespace PreCoder.Store.Coding;

/// <summary>
/// Appends many decisions at once - a codes file of a whole study holds a quarter of a million - with multi-row
/// INSERTs on the context's connection and transaction, bypassing change tracking, which costs a gigabyte at that size.
/// Columns and value conversions come from the EF model, so the rows are exactly what <see cref="StudyDbContext"/> writes.
/// </summary>
public static class DecisionBulkWriter
{
    // 400 rows x ~17 columns stays under both SQLite's (32,766) and PostgreSQL's (65,535) parameter limits.
    private const int RowsPerStatement = 400;

    /// <summary>Inserts the decisions in order (their ids keep the order). Call inside the caller's transaction.</summary>
    public static async Task<int> AppendAsync(StudyDbContext db, IEnumerable<CodeDecision> decisions, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(CodeDecision))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().Where(p => !p.IsPrimaryKey() && p.GetColumnName(table) is not null).ToArray();
        var columns = properties.Select(p => new Column(p.GetColumnName(table)!, p.GetGetter(), (RelationalTypeMapping)p.GetTypeMapping())).ToArray();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var helper = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {helper.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => helper.DelimitIdentifier(c.Name)))}) VALUES ";
        if (db.Database.IsSqlite())
        {
            return await AppendOneByOneAsync(connection, transaction, head, columns, decisions, cancellationToken);
        }
        var written = 0;
        foreach (var chunk in decisions.Chunk(RowsPerStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var values = new System.Text.StringBuilder(head);
            for (var r = 0; r < chunk.Length; r++)
            {
                values.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Length; c++)
                {
                    var name = $"@p{r}_{c}";
                    values.Append(c == 0 ? name : ", " + name);
                    command.Parameters.Add(Parameter(command, name, columns[c], chunk[r]));
                }
                values.Append(')');
            }
            command.CommandText = values.ToString();
            written += await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return written;
    }

    /// <summary>
    /// SQLite runs in-process: one prepared single-row statement re-bound per row is the fastest path there, while a
    /// statement with thousands of parameters is parsed anew for every chunk. Binding is most of its cost (the driver
    /// looks every parameter up by name on every row), so a column that holds the same value in every row - the
    /// codebook version, the note and time of an import, the many empty columns - is written into the statement as
    /// the literal EF Core itself would write, and only the columns that vary are bound.
    /// </summary>
    private static async Task<int> AppendOneByOneAsync(DbConnection connection, DbTransaction? transaction, string head, Column[] columns, IEnumerable<CodeDecision> decisions, CancellationToken cancellationToken)
    {
        var rows = decisions as IReadOnlyList<CodeDecision> ?? decisions.ToList();
        if (rows.Count == 0)
        {
            return 0;
        }
        var varying = columns.Select(c => !SameInEveryRow(c, rows)).ToArray();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = head + "(" + string.Join(", ", columns.Select((c, i) => varying[i] ? $"@p{i}" : Literal(c, rows[0]))) + ")";
        var bound = Enumerable.Range(0, columns.Length).Where(i => varying[i]).ToArray();
        var parameters = bound.Select(i =>
        {
            var p = command.CreateParameter();
            p.ParameterName = $"@p{i}";
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        await command.PrepareAsync(cancellationToken);
        var written = 0;
        foreach (var decision in rows)
        {
            for (var b = 0; b < bound.Length; b++)
            {
                parameters[b].Value = Value(columns[bound[b]], decision);
            }
            written += await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return written;
    }

    private static bool SameInEveryRow(Column column, IReadOnlyList<CodeDecision> rows)
    {
        var first = Value(column, rows[0]);
        for (var r = 1; r < rows.Count; r++)
        {
            if (!Equals(first, Value(column, rows[r])))
            {
                return false;
            }
        }
        return true;
    }

    private static string Literal(Column column, CodeDecision decision)
    {
        var value = Value(column, decision);
        return value is DBNull ? "NULL" : column.Mapping.GenerateProviderValueSqlLiteral(value);
    }

    private static object Value(Column column, CodeDecision decision)
    {
        var value = column.Getter.GetClrValue(decision);
        if (column.Converter is not null && value is not null)
        {
            value = column.Converter.ConvertToProvider(value);
        }
        return value ?? DBNull.Value;
    }

    /// <summary>A column with its getter and value conversion, looked up once per batch rather than once per value.</summary>
    private sealed record Column(string Name, IClrPropertyGetter Getter, RelationalTypeMapping Mapping)
    {
        public Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter => Mapping.Converter;
    }

    private static DbParameter Parameter(DbCommand command, string name, Column property, CodeDecision decision)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = Value(property, decision);
        return parameter;
    }
}
