using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;
using Spectre.Console;

namespace PreCoder.Cli.Commands.Transcription;

[Description("List the Whisper models the manifest knows, their size, whether a SHA-256 is published, and which are present.")]
public sealed class ModelsListCommand : StudyCommand<ModelsSettings>
{
    protected override bool RequiresStudy => false;

    protected override Task<int> RunAsync(StudySession session, ModelsSettings settings, CancellationToken cancellationToken)
    {
        var dir = settings.ModelsDirectory(session);
        var rows = TranscriptionSettings.Manifest(session).Models.Select(m => new
        {
            m.Name,
            m.File,
            m.ApproxMiB,
            m.Multilingual,
            Sha256Published = m.Sha256 is not null,
            Present = File.Exists(Path.Combine(dir, m.File)),
            m.Url,
        }).ToArray();
        if (!settings.Json)
        {
            var table = new Table().AddColumns("name", "file", "size", "languages", "SHA-256", "present");
            foreach (var r in rows)
            {
                table.AddRow(r.Name, r.File, $"~{r.ApproxMiB} MiB", r.Multilingual ? "99" : "English", r.Sha256Published ? "published" : "[yellow]unknown[/]", r.Present ? "yes" : "-");
            }
            AnsiConsole.Write(table);
            Console.Out.WriteLine($"models folder: {dir}");
            return Task.FromResult(ExitCodes.Success);
        }
        Output.Result(new { Directory = dir, Models = rows }, "");
        return Task.FromResult(ExitCodes.Success);
    }
}
