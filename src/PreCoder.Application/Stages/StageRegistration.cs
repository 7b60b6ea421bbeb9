namespace PreCoder.Application.Stages;

/// <summary>
/// A stage as <see cref="StageServiceCollectionExtensions.AddPreCoderStages"/> registers it: its pipeline name and how to
/// make a new instance. A factory rather than a transient <see cref="IItemStage"/>: the root container keeps every
/// disposable transient it makes until the host ends, and a long-lived worker makes a translate stage (which holds a
/// model connection) per job.
/// </summary>
public sealed record StageRegistration(string Name, Func<IItemStage> Create);
