using PreCoder.Core.Errors;

namespace PreCoder.Application.Pipeline;

/// <summary>Every <see cref="IItemStage"/> in the CLI, by name: a stage is available as soon as its class exists.</summary>
public static class StageRegistry
{
    private static readonly Lazy<IReadOnlyDictionary<string, Type>> Stages = new(() =>
        typeof(StageRegistry).Assembly.GetTypes()
            .Where(t => typeof(IItemStage).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false } && t.GetConstructor(Type.EmptyTypes) is not null)
            .ToDictionary(t => ((IItemStage)Activator.CreateInstance(t)!).Name, t => t, StringComparer.OrdinalIgnoreCase));

    public static IReadOnlyCollection<string> Names => Stages.Value.Keys.ToArray();

    public static IItemStage Create(string name, string file = "pipeline") =>
        Stages.Value.TryGetValue(name, out var type)
            ? (IItemStage)Activator.CreateInstance(type)!
            : throw new InputException(file, null, $"unknown stage '{name}' (available: {string.Join(", ", Names.Order())})");
}
