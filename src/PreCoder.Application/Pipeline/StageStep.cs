using PreCoder.Application.StageOptions;

namespace PreCoder.Application.Pipeline;

/// <summary>One stage of a pipeline file, with the line it is declared on and the lines of its options.</summary>
public sealed record StageStep(string Stage, IReadOnlyDictionary<string, string> Options, int Line)
{
    /// <summary>The file and lines the options were written on. The default value is options built in code.</summary>
    public StageOptionsOrigin Origin { get; init; } = StageOptionsOrigin.Code;
}
