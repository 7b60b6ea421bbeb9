using System.Data.Common;
using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using PreCoder.Core.Text;
using SQLitePCL;

namespace PreCoder.Store.Coding;

/// <summary>
/// Steps through a query's rows with SQLite's own API. Microsoft.Data.Sqlite asks SQLite for a column's type before
/// every value and allocates a string for every text; reading a seed-scale study's 253,440 current codes that way cost
/// more than the query itself. Here ids, which repeat on every row, are decoded into one reused buffer and looked up
/// among the ids already seen, so each distinct id is one string.
/// </summary>
internal sealed class SqliteRows : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly sqlite3_stmt _statement;
    private readonly StringPool _ids = new();
    private readonly char[] _buffer = new char[StringPool.DefaultLongestPooled];

    private SqliteRows(SqliteConnection connection, sqlite3_stmt statement)
    {
        _connection = connection;
        _statement = statement;
    }

    /// <summary>Prepares the command's SQL on the (open) connection with the command's parameters bound.</summary>
    public static SqliteRows Prepare(SqliteConnection connection, DbCommand command)
    {
        var rc = raw.sqlite3_prepare_v2(connection.Handle, command.CommandText, out var statement);
        SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        var rows = new SqliteRows(connection, statement);
        foreach (DbParameter parameter in command.Parameters)
        {
            if (!rows.TryBind(parameter))
            {
                rows.Dispose();
                throw new ArgumentException($"parameter {parameter.ParameterName} is not in the SQL, or its value ({parameter.Value?.GetType().Name}) is not text, an integer, a real or null", nameof(command));
            }
        }
        return rows;
    }

    /// <summary>Advances to the next row; false after the last. Waits, as ADO.NET would, while another connection holds a lock.</summary>
    public bool Read()
    {
        long? waitingSince = null;
        while (true)
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc == raw.SQLITE_ROW)
            {
                return true;
            }
            if (rc == raw.SQLITE_DONE)
            {
                return false;
            }
            if (rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
            {
                waitingSince ??= Stopwatch.GetTimestamp();
                if (Stopwatch.GetElapsedTime(waitingSince.Value).TotalSeconds < _connection.DefaultTimeout)
                {
                    Thread.Sleep(10);
                    continue;
                }
            }
            SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
            return false;
        }
    }

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public double Double(int column) => raw.sqlite3_column_double(_statement, column);

    /// <summary>Gets a text that repeats across rows (an id): the same string each time it occurs.</summary>
    public string Id(int column)
    {
        var utf8 = raw.sqlite3_column_blob(_statement, column);
        // UTF-8 never has fewer bytes than the text has chars, so a short enough id always fits the buffer.
        return utf8.Length > _buffer.Length ? Encoding.UTF8.GetString(utf8) : _ids.Get(_buffer.AsSpan(0, Encoding.UTF8.GetChars(utf8, _buffer)));
    }

    /// <summary>Gets a repeating text as <see cref="Id"/> does, or null when the column is NULL.</summary>
    public string? IdOrNull(int column) => IsNull(column) ? null : Id(column);

    /// <summary>Gets a text as a new string.</summary>
    public string Text(int column) => Encoding.UTF8.GetString(raw.sqlite3_column_blob(_statement, column));

    /// <summary>Gets whether a text column holds exactly these UTF-8 bytes, without decoding it.</summary>
    public bool TextEquals(int column, ReadOnlySpan<byte> utf8) => raw.sqlite3_column_blob(_statement, column).SequenceEqual(utf8);

    public void Dispose() => raw.sqlite3_finalize(_statement);

    private bool TryBind(DbParameter parameter)
    {
        var index = raw.sqlite3_bind_parameter_index(_statement, parameter.ParameterName);
        // EF Core names parameters with their prefix; a name without one is tried with each prefix SQLite accepts.
        foreach (var prefix in "@$:")
        {
            if (index > 0)
            {
                break;
            }
            index = raw.sqlite3_bind_parameter_index(_statement, prefix + parameter.ParameterName);
        }
        if (index <= 0)
        {
            return false;
        }
        var rc = parameter.Value switch
        {
            null or DBNull => raw.sqlite3_bind_null(_statement, index),
            string text => raw.sqlite3_bind_text(_statement, index, text),
            long number => raw.sqlite3_bind_int64(_statement, index, number),
            int number => raw.sqlite3_bind_int64(_statement, index, number),
            double number => raw.sqlite3_bind_double(_statement, index, number),
            _ => -1,
        };
        if (rc == -1)
        {
            return false;
        }
        SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
        return true;
    }
}
