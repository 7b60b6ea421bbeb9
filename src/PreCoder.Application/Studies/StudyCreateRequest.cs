namespace PreCoder.Application.Studies;

/// <summary>A study folder to create, its name (default: the folder's name) and the settings overrides to create its database with.</summary>
public sealed record StudyCreateRequest(string Folder)
{
    public string? Name { get; init; }

    /// <summary>KEY=VALUE configuration overrides, e.g. the store's provider.</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];
}
