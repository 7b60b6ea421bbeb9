using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Classification;

/// <summary>Registers precode, train, evaluate and the suggestions branch.</summary>
public static class ClassificationCommands
{
    public static void AddClassificationCommands(this IConfigurator config)
    {
        config.AddCommand<PrecodeCommand>("precode")
            .WithExample("precode", "--study", "studies/pilot")
            .WithExample("precode", "--classifier", "trained", "--interview", "int03");
        config.AddCommand<TrainCommand>("train").WithExample("train", "--coder", "jonas", "--study", "studies/pilot");
        config.AddCommand<EvaluateCommand>("evaluate").WithExample("evaluate", "--coder", "jonas", "--classifier", "trained", "--folds", "5");
        config.AddBranch<Infrastructure.CommonSettings>("suggestions", b =>
        {
            b.SetDescription("Machine suggestions with their evidence.");
            b.AddCommand<SuggestionsExportCommand>("export").WithExample("suggestions", "export", "--format", "csv", "--out", "suggestions.csv");
        });
    }
}
