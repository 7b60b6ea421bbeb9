using PreCoder.Core.Errors;

namespace PreCoder.Application.StageOptions;

/// <summary>
/// Where a stage's options were written: the pipeline file, the line of the stage and the line of each option, so a
/// bad value is reported where the user has to fix it.
/// </summary>
public sealed record StageOptionsOrigin(string File, int? Line, IReadOnlyDictionary<string, int> OptionLines)
{
    /// <summary>Options built in code (a command's arguments) rather than read from a file.</summary>
    public static StageOptionsOrigin Code { get; } = new("pipeline", null, new Dictionary<string, int>());

    /// <summary>An error on the line of <paramref name="option"/>, or on the stage's line when the option is not written (a missing one).</summary>
    public InputException Error(string? option, string message) =>
        new(File, option is not null && OptionLines.TryGetValue(option, out var line) ? line : Line, message);
}
