using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Agreement;

public static class AgreementCommands
{
    public static void AddAgreementCommands(this IConfigurator config)
    {
        config.AddCommand<AgreementCommand>("agreement")
            .WithDescription("Inter-coder agreement (humans and machine coders) with CIs, flags and a disagreement list.")
            .WithExample("agreement", "--coders", "ayse,jonas", "--machine", "--format", "html", "--out", "agreement.html");
        config.AddCommand<ReportCommand>("report")
            .WithDescription("The study's result tables by an interview attribute: % mentioned and average score per variable.")
            .WithExample("report", "--by", "gender", "--format", "md");
    }
}
