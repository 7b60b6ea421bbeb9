using Xunit;

namespace PreCoder.TestKit;

/// <summary>
/// A fact that needs a PostgreSQL server: it runs when <c>PRECODER_TEST_POSTGRES</c> holds a connection string
/// (.ci/run sets it after starting the server) and otherwise reports itself skipped, saying why.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "PRECODER_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            Skip = $"PostgreSQL not configured: set {Variable} to a connection string (.ci/run installs and starts PostgreSQL and sets it)";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable);
}
