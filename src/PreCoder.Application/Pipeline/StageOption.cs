namespace PreCoder.Application.Pipeline;

/// <summary>An option a stage takes in a pipeline file; <see cref="Values"/> lists the allowed values when they are fixed.</summary>
public sealed record StageOption(string Name, string Description, params string[] Values)
{
    public static StageOption Flag(string name, string description) => new(name, description, "true", "false");
}
