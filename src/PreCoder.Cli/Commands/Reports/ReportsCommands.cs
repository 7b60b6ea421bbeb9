using PreCoder.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Reports;

public static class ReportsCommands
{
    public static void AddReportsCommands(this IConfigurator config)
    {
        config.AddGroup("export", b =>
        {
            b.SetDescription("Study exports for other tools: the analysis matrix for R and SPSS, the REFI-QDA project for QDA programs.");
            b.AddCommand<ExportMatrixCommand>("matrix")
                .WithExample("export", "matrix", "--coder", "consensus", "--format", "sav,r", "--out", "analysis/");
            b.AddCommand<ExportQdpxCommand>("qdpx")
                .WithExample("export", "qdpx", "--out", "pilot.qdpx");
        });
        config.AddGroup("import", b =>
        {
            b.SetDescription("Projects from other tools into a study: a REFI-QDA project's codebook, transcripts and codings.");
            b.AddCommand<ImportQdpxCommand>("qdpx")
                .WithExample("import", "qdpx", "pilot.qdpx", "--study", "studies/pilot");
        });
        config.AddCommand<QuotesCommand>("quotes")
            .WithExample("quotes", "--variable", "vul_poverty", "--by", "gender", "--format", "docx", "--out", "poverty.docx");
    }
}
