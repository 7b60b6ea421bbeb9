using PreCoder.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Classification;

/// <summary>Registers precode, train, evaluate, next and the suggestions branch.</summary>
public static class ClassificationCommands
{
    public static void AddClassificationCommands(this IConfigurator config)
    {
        config.AddCommand<PrecodeCommand>("precode")
            .WithExample("precode", "--study", "studies/pilot")
            .WithExample("precode", "--classifier", "trained", "--interview", "int03");
        config.AddCommand<TrainCommand>("train").WithExample("train", "--coder", "jonas", "--study", "studies/pilot");
        config.AddCommand<EvaluateCommand>("evaluate")
            .WithExample("evaluate", "--coder", "jonas", "--classifier", "trained", "--folds", "5")
            .WithExample("evaluate", "--coder", "jonas", "--learning-curve", "10,20,40,80", "--format", "html", "--out", "curve.html");
        config.AddCommand<NextCommand>("next").WithExample("next", "--coder", "jonas", "--count", "5");
        config.AddGroup<Infrastructure.CommonSettings>("suggestions", b =>
        {
            b.SetDescription("Machine suggestions with their evidence.");
            b.AddCommand<SuggestionsExportCommand>("export").WithExample("suggestions", "export", "--format", "csv", "--out", "suggestions.csv");
        });
    }
}
