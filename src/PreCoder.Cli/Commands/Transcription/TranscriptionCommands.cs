using PreCoder.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Transcription;

/// <summary>Registers <c>precoder models list|pull|verify</c> and <c>precoder bench</c> (transcription benchmark).</summary>
public static class TranscriptionCommands
{
    public static void AddTranscriptionCommands(this IConfigurator config)
    {
        config.AddGroup<CommonSettings>("models", b =>
        {
            b.SetDescription("Whisper model files: list, download (resumable, checksummed), verify.");
            b.AddCommand<ModelsListCommand>("list");
            b.AddCommand<ModelsPullCommand>("pull").WithExample("models", "pull", "base");
            b.AddCommand<ModelsVerifyCommand>("verify");
        });
        config.AddCommand<BenchCommand>("bench").WithExample("bench", "--minutes", "10,30");
    }
}
