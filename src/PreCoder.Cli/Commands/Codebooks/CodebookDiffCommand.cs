using System.ComponentModel;
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
        var (from, to, changes) = await CodebookComparison.CompareAsync(session, new CodebookDiffRequest(settings.From, settings.To), cancellationToken);
        Output.Result(new { from, to, changes },
            changes.Count == 0 ? $"No changes from version {from} to {to}." : $"Version {from} -> {to}:\n{CodebookDiff.Render(changes)}");
        return 0;
    }
}
