using System.ComponentModel;
using Microsoft.EntityFrameworkCore;
using PreCoder.Cli.Infrastructure;
using PreCoder.Codebooks.Diff;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Codebooks;

[Description("What changed between two codebook versions (added, removed, renamed, re-defined, scale changed).")]
public sealed class CodebookDiffCommand : StudyCommand<CodebookDiffCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("--from <VERSION>")]
        [Description("Default: the version before --to.")]
        public int? From { get; init; }

        [CommandOption("--to <VERSION>")]
        [Description("Default: the latest version.")]
        public int? To { get; init; }
    }

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        var latest = await StudyCodebook.LoadAsync(db, cancellationToken);
        var to = settings.To is { } t ? await StudyCodebook.LoadAsync(db, t, cancellationToken) : latest;
        var fromVersion = settings.From ?? Math.Max(1, to.Version - 1);
        var from = await StudyCodebook.LoadAsync(db, fromVersion, cancellationToken);
        var changes = CodebookDiff.Compare(from.Codebook, to.Codebook);
        Output.Result(new { from = from.Version, to = to.Version, changes },
            changes.Count == 0 ? $"No changes from version {from.Version} to {to.Version}." : $"Version {from.Version} -> {to.Version}:\n{CodebookDiff.Render(changes)}");
        return 0;
    }
}
