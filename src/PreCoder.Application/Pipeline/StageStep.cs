namespace PreCoder.Application.Pipeline;

/// <summary>One stage of a pipeline file, with the line it is declared on.</summary>
public sealed record StageStep(string Stage, IReadOnlyDictionary<string, string> Options, int Line);
