using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Study;

[Description("Create a study folder (settings, database, logs).")]
public sealed class InitCommand : StudyCommand<InitCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandArgument(0, "<DIR>")]
        [Description("The folder to create.")]
        public string Dir { get; init; } = "";

        [CommandOption("--name <NAME>")]
        [Description("The study's name (default: the folder name).")]
        public string? Name { get; init; }
    }

    protected override bool RequiresStudy => false;

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        var study = await StudyCreation.CreateAsync(new StudyCreateRequest(settings.Dir) { Name = settings.Name, Overrides = settings.Set }, cancellationToken);
        Output.Result(
            new { study = study.Path, created = study.Created, provider = study.Provider.ToString().ToLowerInvariant() },
            study.Created ? $"Created study at {study.Path}" : $"Study already exists at {study.Path} (left as it was).");
        return 0;
    }
}
