using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Transcription;

/// <summary>Options of the <c>models</c> commands.</summary>
public class ModelsSettings : CommonSettings
{
    [CommandOption("--dir <DIR>")]
    [Description("Models folder (default: the study's models/ when --study is a study, else ./models).")]
    public string? Dir { get; init; }

    internal string ModelsDirectory(StudySession session) =>
        Path.GetFullPath(Dir ?? (session.Folder.Exists ? session.Folder.ModelsDirectory : "models"));
}
