using Microsoft.Extensions.DependencyInjection;

namespace PreCoder.Application.Stages;

/// <summary>Registers every pipeline stage as a keyed <see cref="StageRegistration"/>, its key the name pipeline files use.</summary>
public static class StageServiceCollectionExtensions
{
    /// <summary>
    /// Adds the stages. <see cref="StageRegistry.Create(IServiceProvider, string, string)"/> makes a new instance each
    /// time: a stage keeps per-run state (a loaded classifier, a translation connection), so two runs must not share one.
    /// </summary>
    public static IServiceCollection AddPreCoderStages(this IServiceCollection services) => services
        .AddStage<CodebookStage>(CodebookStage.StageName)
        .AddStage<ImportStage>(ImportStage.StageName)
        .AddStage<TranscribeStage>(TranscribeStage.StageName)
        .AddStage<AttributesStage>(AttributesStage.StageName)
        .AddStage<CodesStage>(CodesStage.StageName)
        .AddStage<PassagesStage>(PassagesStage.StageName)
        .AddStage<TranslateStage>(TranslateStage.StageName)
        .AddStage<PrecodeStage>(PrecodeStage.StageName)
        .AddStage<TrainStage>(TrainStage.StageName)
        .AddStage<EvaluateStage>(EvaluateStage.StageName)
        .AddStage<ReportsStage>(ReportsStage.StageName);

    private static IServiceCollection AddStage<TStage>(this IServiceCollection services, string name)
        where TStage : class, IItemStage, new()
    {
        // new(), not the container's constructor selection: a stage's other constructors take what a command passes (progress).
        var registration = new StageRegistration(name, () => new TStage());
        services.AddKeyedSingleton(name, registration);
        services.AddSingleton(registration);
        return services;
    }
}
