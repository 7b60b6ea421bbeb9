using PreCoder.Application.Studies;
using PreCoder.Application.Workspace;
using PreCoder.Core.Coding;

namespace PreCoder.Web.Tests;

/// <summary>A study folder whose data is in a PostgreSQL test database, opened with the accounts a test signs in as.</summary>
internal static class PostgresStudies
{
    public static async Task<StudySession> OpenWithCodersAsync(string folder, string connection, string password, params (string Name, CoderRole Role)[] coders)
    {
        var session = await StudySession.OpenAsync(new StudyOpenOptions(folder) { Overrides = ["Store:Provider=Postgres", $"Store:ConnectionString={connection}"] }, CancellationToken.None);
        var accounts = new CoderAccounts(session);
        foreach (var (name, role) in coders)
        {
            await accounts.AddAsync(name, role, password, replacePassword: false, CancellationToken.None);
        }
        return session;
    }
}
