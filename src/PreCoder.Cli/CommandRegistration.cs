using PreCoder.Cli.Commands.Agreement;
using PreCoder.Cli.Commands.Classification;
using PreCoder.Cli.Commands.Transcription;
using PreCoder.Cli.Commands.Codebooks;
using PreCoder.Cli.Commands.Coding;
using PreCoder.Cli.Commands.Ingest;
using PreCoder.Cli.Commands.Llm;
using PreCoder.Cli.Commands.Pipeline;
using PreCoder.Cli.Commands.Reports;
using PreCoder.Cli.Commands.Study;
using PreCoder.Cli.Commands.Team;
using PreCoder.Cli.Commands.Transcripts;
using PreCoder.Cli.Commands.Workspace;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;
using Spectre.Console.Cli;

namespace PreCoder.Cli;

/// <summary>The command tree of <c>precoder</c>.</summary>
public static class CommandRegistration
{
    public static void AddPreCoderCommands(this IConfigurator config)
    {
        config.SetApplicationName("precoder");
        config.SetApplicationVersion(typeof(CommandRegistration).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        config.PropagateExceptions();
        // An unknown option is a usage error, not something to ignore: a mistyped --coders would silently compare nobody.
        config.Settings.StrictParsing = true;
        config.AddCommand<InitCommand>("init").WithExample("init", "studies/pilot");
        config.AddCommand<MigrateCommand>("migrate").WithExample("migrate", "--from", "studies/pilot", "--to", "Host=db;Database=pilot;Username=precoder", "--folder", "studies/pilot-server");
        config.AddCommand<IngestCommand>("ingest").WithExample("ingest", "samples/isis-sample/transcripts", "--study", "studies/pilot");
        config.AddGroup("codebook", b =>
        {
            b.SetDescription("The study's codebook: import, export, validate, diff, show.");
            b.AddCommand<CodebookImportCommand>("import");
            b.AddCommand<CodebookExportCommand>("export");
            b.AddCommand<CodebookValidateCommand>("validate");
            b.AddCommand<CodebookDiffCommand>("diff");
            b.AddCommand<CodebookShowCommand>("show");
        });
        config.AddGroup("attributes", b =>
        {
            b.SetDescription("Participant attributes (gender, nationality, ages...).");
            b.AddCommand<AttributesImportCommand>("import");
        });
        config.AddGroup("codes", b =>
        {
            b.SetDescription("Human and machine codes in long format.");
            b.AddCommand<CodesImportCommand>("import");
            b.AddCommand<CodesExportCommand>("export");
        });
        config.AddCommand<DecideCommand>("decide")
            .WithExample("decide", "--coder", "ana", "--interview", "R01", "--variable", "V001", "--accept");
        config.AddGroup("sheet", b =>
        {
            b.SetDescription("Coding sheets for coders who work in Excel: export with the machine's suggestions, import the filled sheet.");
            b.AddCommand<SheetExportCommand>("export");
            b.AddCommand<SheetImportCommand>("import");
        });
        config.AddGroup("transcripts", b =>
        {
            b.SetDescription("Stored transcripts.");
            b.AddCommand<TranscriptsExportCommand>("export");
            b.AddCommand<RelabelSpeakerCommand>("relabel");
        });
        config.AddCommand<RunCommand>("run").WithExample("run", "pipelines/transcripts.yaml", "--study", "studies/pilot", "--input", "transcripts/");
        config.AddClassificationCommands();
        config.AddLlmCommands();
        config.AddAgreementCommands();
        config.AddReportsCommands();
        config.AddTranscriptionCommands();
        config.AddWorkspaceCommands();
        config.AddTeamCommands();
    }
}
