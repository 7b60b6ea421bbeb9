namespace PreCoder.Application.Stages;

/// <summary>A stage's name as registered with <see cref="StageServiceCollectionExtensions.AddPreCoderStages"/>: keyed services cannot list their keys.</summary>
public sealed record StageName(string Name);
