namespace PreCoder.Core.Coding;

/// <summary>
/// Anyone who assigns codes. The machine is a coder like any other: its suggestions are codes
/// of a coder whose <see cref="Kind"/> is <see cref="CoderKind.Machine"/>, one per classifier and model version.
/// </summary>
public sealed record Coder(string Id, CoderKind Kind, string? ModelVersion = null)
{
    /// <summary>The id every machine coder's suggestions answer to on the command line (<c>--coder machine</c>).</summary>
    public const string MachineAlias = "machine";

    public static Coder Human(string id) => new(id, CoderKind.Human);

    public static Coder Machine(string classifier, string? modelVersion) => new($"machine:{classifier}", CoderKind.Machine, modelVersion);
}
