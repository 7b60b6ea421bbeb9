using Npgsql;

namespace PreCoder.Cli.Tests;

/// <summary>A team study on PostgreSQL: coders deciding from several processes at once lose nothing.</summary>
public sealed class PostgresDecisionTests
{
    [PostgresFact]
    public async Task TwoProcessesDecidingAtOnce_OnPostgres_LoseNothing()
    {
        await using var database = new PostgresTestDatabase("precoder_decide");
        var connection = database.ConnectionString;
        var env = new Dictionary<string, string> { ["PRECODER_Store__Provider"] = "Postgres", ["PRECODER_Store__ConnectionString"] = connection };
        using var dir = new TempDirectory();
        var study = dir.Sub("team");
        async Task Ok(params string[] args)
        {
            var r = await CliRunner.RunAsync(args, env);
            Assert.True(r.ExitCode == 0, $"precoder {string.Join(' ', args)}: {r.Stderr}");
        }
        await Ok("init", study);
        await Ok("codebook", "import", RepoPaths.SeedCodebook, "--study", study);
        await Ok("ingest", RepoPaths.Sample("transcripts", "int01.txt"), "--study", study);
        string[] variables = ["vul_poverty", "vul_prison_history", "vul_criminal_history", "mot_employment"];
        var runs = await Task.WhenAll(variables.SelectMany(v => new[]
        {
            CliRunner.RunAsync(["decide", "--study", study, "--coder", "pg-a", "--interview", "int01", "--variable", v, "--score", "1"], env),
            CliRunner.RunAsync(["decide", "--study", study, "--coder", "pg-b", "--interview", "int01", "--variable", v, "--score", "0"], env),
            CliRunner.RunAsync(["decide", "--study", study, "--coder", "pg-a", "--interview", "int01", "--variable", v, "--note", "second look"], env),
        }));
        Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.Stderr));

        await using var db = new NpgsqlDataSourceBuilder(connection).Build();
        await using var count = db.CreateCommand("SELECT \"CoderId\", COUNT(*) FROM \"Decisions\" GROUP BY \"CoderId\" ORDER BY 1");
        await using var reader = await count.ExecuteReaderAsync();
        var counts = new Dictionary<string, long>();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }
        Assert.Equal(variables.Length * 2, counts["pg-a"]);
        Assert.Equal(variables.Length, counts["pg-b"]);
    }
}
