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
        var columns = properties.Select(p => new Column(p.GetColumnName(table)!, p.GetGetter(), p.GetTypeMapping().Converter)).ToArray();
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
    /// statement with thousands of parameters is parsed anew for every chunk.
    /// </summary>
    private static async Task<int> AppendOneByOneAsync(DbConnection connection, DbTransaction? transaction, string head, Column[] columns, IEnumerable<CodeDecision> decisions, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = head + "(" + string.Join(", ", columns.Select((_, c) => $"@p{c}")) + ")";
        var parameters = columns.Select((_, c) =>
        {
            var p = command.CreateParameter();
            p.ParameterName = $"@p{c}";
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        await command.PrepareAsync(cancellationToken);
        var written = 0;
        foreach (var decision in decisions)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                parameters[c].Value = Value(columns[c], decision);
            }
            written += await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return written;
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
    private sealed record Column(string Name, IClrPropertyGetter Getter, Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter);

    private static DbParameter Parameter(DbCommand command, string name, Column property, CodeDecision decision)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = Value(property, decision);
        return parameter;
    }
}
