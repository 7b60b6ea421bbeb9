using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using PreCoder.Store.Studies;

namespace PreCoder.Cli.Tests;

/// <summary><c>precoder migrate</c> as a user runs it: a study moved between folders and PostgreSQL, refusals and usage errors.</summary>
public sealed class MigrateCommandTests
{
    [Theory]
    [InlineData("--from STUDY is required", "migrate", "--to", "elsewhere")]
    [InlineData("--to DIR|CONNECTION is required", "migrate", "--from", "studies/pilot")]
    [InlineData("--folder goes with a connection string", "migrate", "--from", "a", "--to", "b", "--folder", "c")]
    public async Task Migrate_UsageError_OneLineExit2(string expected, params string[] args)
    {
        var r = await CliRunner.RunAsync(args);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains(expected, Assert.Single(r.Stderr.Trim().Split('\n')));
    }

    [Fact]
    public async Task Migrate_FolderToNewFolder_CopiesAndRefusesSecondTime()
    {
        using var dir = new TempDirectory();
        var source = PreMigrationStudy(dir.Sub("source"));

        var moved = await CliRunner.RunAsync("migrate", "--from", source, "--to", dir.Sub("copy"), "--json");
        var again = await CliRunner.RunAsync("migrate", "--from", source, "--to", dir.Sub("copy"));

        Assert.Equal(0, moved.ExitCode);
        using var json = JsonDocument.Parse(moved.Stdout);
        Assert.True(json.RootElement.GetProperty("matches").GetBoolean());
        Assert.Equal(3L, DecisionCount(Path.Combine(dir.Sub("copy"), StudyFolder.DatabaseFileName)));
        Assert.Equal(3, again.ExitCode);
        Assert.Contains("already holds data", Assert.Single(again.Stderr.Trim().Split('\n')));
    }

    [PostgresFact]
    public async Task Migrate_FolderToPostgresAndBack_SameRowsAndPasswordNotWritten()
    {
        using var dir = new TempDirectory();
        var source = PreMigrationStudy(dir.Sub("source"));
        await using var database = new PostgresTestDatabase("precoder_cli");
        var connection = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var there = await CliRunner.RunAsync("migrate", "--from", source, "--to", connection.ConnectionString, "--folder", dir.Sub("server"));
        // The server study's settings hold no password: Npgsql takes it from PGPASSWORD.
        var back = await CliRunner.RunAsync(["migrate", "--from", dir.Sub("server"), "--to", dir.Sub("home")], new Dictionary<string, string> { ["PGPASSWORD"] = connection.Password! });

        Assert.True(there.ExitCode == 0, there.Stderr);
        Assert.Contains("counts and hashes match", there.Stdout);
        var settings = await File.ReadAllTextAsync(Path.Combine(dir.Sub("server"), StudyFolder.SettingsFileName));
        Assert.Contains("\"Postgres\"", settings);
        Assert.DoesNotContain(connection.Password!, settings);
        Assert.True(back.ExitCode == 0, back.Stderr);
        Assert.Equal(3L, DecisionCount(Path.Combine(dir.Sub("home"), StudyFolder.DatabaseFileName)));
    }

    /// <summary>A study folder holding the store's pre-migration fixture (three decisions), as an old study would.</summary>
    private static string PreMigrationStudy(string path)
    {
        var folder = new StudyFolder(path);
        folder.Create("moving study");
        File.Copy(RepoPaths.Combine("tests", "data", "store", "study-37d3faa.db"), folder.DatabaseFile);
        return folder.Path;
    }

    private static long DecisionCount(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = new SqliteCommand("SELECT COUNT(*) FROM Decisions", connection);
        return (long)command.ExecuteScalar()!;
    }
}
