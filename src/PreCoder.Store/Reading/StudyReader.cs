using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using PreCoder.Store.Persistence;
using PreCoder.Store.Studies;

namespace PreCoder.Store.Reading;

/// <summary>
/// An open connection to a study's database for the queries that read what coders and machines have recorded
/// (codebook, coders, suggestions, decisions, current codes), written in SQL both providers answer alike. A short
/// command - one interview's coding sheet, an agreement report - reads through one opened straight from the
/// provider: an EF Core context costs such a command more to set up (its service graph, then a compilation per
/// query) than all of its reading. Inside a unit of work it reads through the context's own connection and
/// transaction instead (<see cref="OverAsync"/>), so it sees what that unit has written.
/// </summary>
public sealed class StudyReader : IAsyncDisposable
{
    private readonly StudyDbContext? _context;

    private StudyReader(DbConnection connection, DbTransaction? transaction, StudyDbContext? context)
    {
        Connection = connection;
        Transaction = transaction;
        _context = context;
    }

    public DbConnection Connection { get; }

    /// <summary>The unit of work's transaction, when there is one: every command must enlist in it.</summary>
    public DbTransaction? Transaction { get; }

    /// <summary>Opens a connection of its own on the study's database.</summary>
    public static Task<StudyReader> OpenAsync(StudyDatabase database, CancellationToken cancellationToken) =>
        OpenAsync(database.CreateConnection(), cancellationToken);

    /// <summary>Opens <paramref name="connection"/> (new and closed) and reads through it; disposing the reader disposes it.</summary>
    internal static async Task<StudyReader> OpenAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (connection is SqliteConnection sqlite)
            {
                // Wait for a writer rather than fail with "database is locked", as ADO.NET's retries do for a command;
                // connections opened together on a WAL file can also find it briefly locked while one sets up the
                // shared index.
                SQLitePCL.raw.sqlite3_busy_timeout(sqlite.Handle, sqlite.DefaultTimeout * 1000);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        return new StudyReader(connection, null, null);
    }

    /// <summary>Reads through a context's connection, inside its transaction if it has one; disposing closes what this opened.</summary>
    public static async Task<StudyReader> OverAsync(StudyDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return new StudyReader(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(), db);
    }

    /// <summary>A command on this connection and transaction, with its parameters named @p0, @p1, ... in order.</summary>
    public DbCommand Command(string sql, params object?[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = Transaction;
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = parameters[i] ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    /// <summary>Parameter placeholders @p<paramref name="first"/>, ... for an IN list of <paramref name="count"/> values.</summary>
    public static string Placeholders(int first, int count) =>
        string.Join(", ", Enumerable.Range(first, count).Select(i => $"@p{i}"));

    /// <summary>Reads every row of a query with <paramref name="map"/>.</summary>
    public async Task<List<T>> ListAsync<T>(string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params object?[] parameters)
    {
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }
        return rows;
    }

    /// <summary>The connection string of a SQLite file this reader may read beside on other connections; null otherwise.</summary>
    internal string? SqliteFileConnectionString =>
        Transaction is null && Connection is SqliteConnection sqlite
        && new SqliteConnectionStringBuilder(sqlite.ConnectionString) is not ({ Mode: SqliteOpenMode.Memory } or { DataSource: "" or ":memory:" })
            ? sqlite.ConnectionString
            : null;

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.Database.CloseConnectionAsync();
        }
        else
        {
            await Connection.DisposeAsync();
        }
    }
}
