namespace PreCoder.Application.StageOptions;

/// <summary>The options of a stage that takes none: any option written for it is an error.</summary>
public sealed record NoStageOptions;
