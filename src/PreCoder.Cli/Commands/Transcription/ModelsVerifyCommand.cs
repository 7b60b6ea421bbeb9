using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;
using PreCoder.Transcription.Models;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Transcription;

[Description("Check every model file in the models folder: ggml structure, and SHA-256 against the manifest where one is published.")]
public sealed class ModelsVerifyCommand : StudyCommand<ModelsVerifyCommand.Settings>
{
    public sealed class Settings : ModelsSettings
    {
        [CommandOption("--all")]
        [Description("Also list manifest models that are not downloaded.")]
        public bool All { get; init; }
    }

    protected override bool RequiresStudy => false;

    protected override Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        var dir = settings.ModelsDirectory(session);
        var checks = ModelVerifier.Verify(dir, TranscriptionSettings.Manifest(session), settings.All);
        var human = checks.Count == 0
            ? $"no model files in {dir}/; 'precoder models pull NAME' downloads one"
            : string.Join(Environment.NewLine, checks.Select(c => $"{c.Status.ToString().ToLowerInvariant(),-10} {Path.GetFileName(c.File)}: {c.Detail}"));
        Output.Result(new { Directory = dir, Models = checks.Select(c => new { c.Name, c.File, Status = c.Status.ToString(), c.Detail }) }, human);
        return Task.FromResult(checks.Any(c => c.Status is ModelCheckStatus.Mismatch or ModelCheckStatus.Invalid) ? ExitCodes.BadInput : ExitCodes.Success);
    }
}
