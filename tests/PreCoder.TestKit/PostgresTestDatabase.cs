using Npgsql;

namespace PreCoder.TestKit;

/// <summary>
/// A database of its own on the test server (<see cref="PostgresFactAttribute.ConnectionString"/>), so tests running at
/// once never share tables; dropped on dispose, with any connection still open closed by force.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    /// <param name="prefix">Starts the database's name, saying which tests made it should one be left behind.</param>
    public PostgresTestDatabase(string prefix)
    {
        Name = $"{prefix}_{Guid.NewGuid():N}";
        ConnectionString = new NpgsqlConnectionStringBuilder(PostgresFactAttribute.ConnectionString) { Database = Name }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>The server's connection string with this database; PreCoder creates it when a study is made there.</summary>
    public string ConnectionString { get; }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(PostgresFactAttribute.ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
