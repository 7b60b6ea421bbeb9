using System.Text.RegularExpressions;

namespace PreCoder.Cli.Tests;

/// <summary>
/// The CLI is a thin host: a command parses arguments, calls one application service and renders its result.
/// Database access belongs to PreCoder.Application, where the web workspace and the workers reach it too.
/// </summary>
/// <remarks>
/// The test reads the command sources from the repository, so it needs no build of a bad command to fail:
/// a command that adds <c>await using var db = session.CreateDb();</c> and <c>db.Interviews.ToListAsync()</c> matches
/// both <c>CreateDb(</c> and <c>db.</c>, and one that takes a <c>StudyDbContext</c> or imports EF Core's
/// namespace for <c>AsNoTracking</c> matches the other two; the failure names the file, line and what to move.
/// </remarks>
public sealed partial class ThinHostTests
{
    private static readonly (string Name, Regex Pattern)[] Forbidden =
    [
        ("opens the database (CreateDb)", CreateDb()),
        ("uses EF Core (Microsoft.EntityFrameworkCore)", EntityFramework()),
        ("uses the store's DbContext (StudyDbContext)", DbContext()),
        ("queries the database (db.)", DbQuery()),
    ];

    [Fact]
    public void Commands_SourceFiles_NoDatabaseAccess()
    {
        var folder = RepoPaths.Combine("src", "PreCoder.Cli", "Commands");
        var files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories);
        Assert.NotEmpty(files);

        var violations = (
            from file in files
            from line in File.ReadLines(file).Select((text, index) => (Text: text, Number: index + 1))
            from rule in Forbidden
            where rule.Pattern.IsMatch(line.Text)
            select $"{Path.GetRelativePath(RepoPaths.Root, file)}:{line.Number} {rule.Name}: {line.Text.Trim()}")
            .ToArray();

        Assert.True(violations.Length == 0,
            "Commands must call an application service (src/PreCoder.Application) instead of the database:\n" + string.Join("\n", violations));
    }

    [GeneratedRegex(@"\bCreateDb\(")]
    private static partial Regex CreateDb();

    [GeneratedRegex(@"\bMicrosoft\.EntityFrameworkCore\b")]
    private static partial Regex EntityFramework();

    [GeneratedRegex(@"\bStudyDbContext\b")]
    private static partial Regex DbContext();

    [GeneratedRegex(@"\bdb\.\w")]
    private static partial Regex DbQuery();
}
