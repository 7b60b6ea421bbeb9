using Microsoft.Extensions.DependencyInjection;
using PreCoder.Core.Errors;

namespace PreCoder.Application.Pipeline;

/// <summary>
/// Finds a stage by the name a pipeline file gives it, in a service provider with <see cref="StageServiceCollectionExtensions.AddPreCoderStages"/>:
/// the application's own (<see cref="Services"/>) unless a host passes its container.
/// </summary>
public static class StageRegistry
{
    private static readonly Lazy<IServiceProvider> Default = new(() => new ServiceCollection().AddPreCoderStages().BuildServiceProvider());

    /// <summary>The container every host's runs resolve stages from (CLI, web, the workers' jobs).</summary>
    public static IServiceProvider Services => Default.Value;

    public static IReadOnlyCollection<string> Names => Services.GetServices<StageRegistration>().Select(s => s.Name).ToArray();

    public static IItemStage Create(string name, string file = "pipeline") => Create(Services, name, file);

    public static IItemStage Create(IServiceProvider services, string name, string file = "pipeline") =>
        // Keys are lower case; pipeline files may write a stage's name in any case.
        services.GetKeyedService<StageRegistration>(name.ToLowerInvariant())?.Create()
            ?? throw new InputException(file, null, $"unknown stage '{name}' (available: {string.Join(", ", services.GetServices<StageRegistration>().Select(s => s.Name).Order())})");
}
