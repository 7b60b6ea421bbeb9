using System.ComponentModel;
using System.Text.RegularExpressions;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;
using PreCoder.Store.Studies;
using PreCoder.Store.Transfer;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Study;

[Description("Move a study between SQLite (a study folder) and PostgreSQL (a connection string), without loss.")]
public sealed partial class MigrateCommand : StudyCommand<MigrateCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("--from <STUDY>")]
        [Description("The study folder to copy (SQLite or PostgreSQL, as its settings say). It is not changed.")]
        public string? From { get; init; }

        [CommandOption("--to <DIR|CONNECTION>")]
        [Description("A new study folder (SQLite), or an Npgsql connection string (\"Host=...;Database=...\") of an empty or missing database.")]
        public string? To { get; init; }

        [CommandOption("--folder <DIR>")]
        [Description("With a connection string: also create a study folder here whose settings point at the database (password not written).")]
        public string? Folder { get; init; }

        public bool ToConnection => To is not null && ConnectionKey().IsMatch(To);

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(From) ? ValidationResult.Error("--from STUDY is required")
            : string.IsNullOrWhiteSpace(To) ? ValidationResult.Error("--to DIR|CONNECTION is required")
            : Folder is not null && !ToConnection ? ValidationResult.Error("--folder goes with a connection string in --to; a folder in --to is the new study itself")
            : ValidationResult.Success();
    }

    /// <summary>Not the --study folder: the command works on --from and --to.</summary>
    protected override bool RequiresStudy => false;

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        using var source = await StudySession.OpenAsync(
            new StudyOpenOptions(Path.GetFullPath(settings.From!)) { Overrides = settings.Set, Verbose = settings.Verbose, RequireStudy = true, Notes = ConsoleNotes.Instance },
            cancellationToken);
        var move = new StudyMove(new StudyTransfer());
        var report = settings.ToConnection
            ? await move.ToPostgresAsync(source.Database, settings.To!, settings.Folder is { } f ? new StudyFolder(f) : null, cancellationToken)
            : await move.ToFolderAsync(source.Database, new StudyFolder(settings.To!), cancellationToken);

        var table = string.Join(Environment.NewLine, report.Tables.Select(t =>
            $"  {t.Table,-18} {t.SourceRows,9} -> {t.TargetRows,-9} {t.SourceHash[..12]} {(t.Matches ? "ok" : $"MISMATCH (target {t.TargetHash[..12]})")}"));
        if (!report.Matches)
        {
            Console.Error.WriteLine(table);
            Console.Error.WriteLine($"error: {report.Target}: rows or content differ from the source (above); the target was rolled back");
            return ExitCodes.BadInput;
        }
        var where = settings.ToConnection
            ? settings.Folder is { } folder ? $" (study folder {Path.GetFullPath(folder)})" : " (open it with a study folder whose Store:Provider is Postgres)"
            : "";
        Output.Result(report, $"{table}{Environment.NewLine}Copied {report.Rows} rows in {report.Tables.Count} tables from {report.Source} to {report.Target}{where}; counts and hashes match.");
        return ExitCodes.Success;
    }

    /// <summary>An Npgsql connection string names its server; a folder path does not contain "Host=".</summary>
    [GeneratedRegex(@"(^|;)\s*(Host|Server)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectionKey();
}
