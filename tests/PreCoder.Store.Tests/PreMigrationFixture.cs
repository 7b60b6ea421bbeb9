using Npgsql;
using PreCoder.Store.Studies;
using PreCoder.TestKit;

namespace PreCoder.Store.Tests;

/// <summary>
/// Studies as they were before migrations: made by EnsureCreated at commit 37d3faa (tests/data/store, see the
/// generator's README there), with three decisions of coder ayse and one row in every other table but Coders (two).
/// </summary>
internal static class PreMigrationFixture
{
    public static string SqliteFile => RepoPaths.Combine("tests", "data", "store", "study-37d3faa.db");

    public static void CopySqliteInto(StudyFolder folder) => File.Copy(SqliteFile, folder.DatabaseFile);

    /// <summary>Creates the database named by the connection string with the 37d3faa schema and the fixture's rows.</summary>
    public static async Task LoadPostgresAsync(string connectionString)
    {
        await CreatePostgresDatabaseAsync(connectionString);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var file in new[] { "schema-37d3faa.postgres.sql", "rows-37d3faa.postgres.sql" })
        {
            await using var command = new NpgsqlCommand(await File.ReadAllTextAsync(RepoPaths.Combine("tests", "data", "store", file)), connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    public static async Task CreatePostgresDatabaseAsync(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var name = builder.Database!;
        builder.Database = "postgres";
        await using var admin = new NpgsqlConnection(builder.ConnectionString);
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
        await create.ExecuteNonQueryAsync();
    }
}
