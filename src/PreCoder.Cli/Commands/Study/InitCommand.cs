using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using PreCoder.Store.Studies;
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
        var folder = new StudyFolder(settings.Dir);
        var existed = folder.Exists;
        folder.Create(settings.Name ?? Path.GetFileName(folder.Path.TrimEnd(Path.DirectorySeparatorChar)));
        var options = Microsoft.Extensions.Configuration.ConfigurationBinder.Get<StoreOptions>(
            AppConfiguration.Build(folder.Path, settings.Set).GetSection(StoreOptions.Section)) ?? new StoreOptions();
        await new StudyDatabase(folder, options).MigrateAsync(cancellationToken);
        Output.Result(
            new { study = folder.Path, created = !existed, provider = options.Provider.ToString().ToLowerInvariant() },
            existed ? $"Study already exists at {folder.Path} (left as it was)." : $"Created study at {folder.Path}");
        return 0;
    }
}
