namespace PreCoder.Cli.Pipeline;

/// <summary>What a stage is given: the input paths of the run and the stage's own options from the pipeline file.</summary>
public sealed record StageInput(IReadOnlyList<string> Paths, IReadOnlyDictionary<string, string> Options)
{
    public string? Option(string key) => Options.TryGetValue(key, out var v) ? v : null;
}
