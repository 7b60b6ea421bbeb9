using System.ComponentModel;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;
using PreCoder.Transcription.Models;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Transcription;

[Description("Download a Whisper model from its public location: resumes a partial download, retries, checks the SHA-256.")]
public sealed class ModelsPullCommand : StudyCommand<ModelsPullCommand.Settings>
{
    public sealed class Settings : ModelsSettings
    {
        [CommandArgument(0, "<NAME>")]
        [Description("A model name from 'precoder models list' (tiny, base, small, medium, large-v3, large-v3-turbo, ...).")]
        public string Name { get; init; } = "";
    }

    protected override bool RequiresStudy => false;

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        var manifest = TranscriptionSettings.Manifest(session);
        var entry = manifest.Find(settings.Name)
            ?? throw new InputException("NAME", null, $"unknown model '{settings.Name}'; known: {string.Join(", ", manifest.Models.Select(m => m.Name))}");
        var dir = settings.ModelsDirectory(session);
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("precoder/1.0");
        var downloader = new ModelDownloader(http, session.Configuration.Bind<ModelDownloadOptions>("Transcription:Download"), session.Time, session.Logger<ModelDownloader>());
        var lastTenth = -1L;
        var progress = new Progress<(long Done, long? Total)>(p =>
        {
            var tenth = p.Total is > 0 ? p.Done * 10 / p.Total.Value : p.Done / (50L << 20);
            if (tenth != lastTenth)
            {
                lastTenth = tenth;
                Console.Error.WriteLine(p.Total is > 0 ? $"pull {entry.Name}: {p.Done * 100 / p.Total.Value}% of {p.Total.Value >> 20} MiB" : $"pull {entry.Name}: {p.Done >> 20} MiB");
            }
        });
        var path = await downloader.DownloadAsync(entry, dir, progress, cancellationToken);
        var check = ModelVerifier.Check(path, entry);
        Output.Result(new { entry.Name, Path = path, Status = check.Status.ToString(), check.Detail }, $"{entry.Name}: {path} ({check.Status.ToString().ToLowerInvariant()}: {check.Detail})");
        return ExitCodes.Success;
    }
}
