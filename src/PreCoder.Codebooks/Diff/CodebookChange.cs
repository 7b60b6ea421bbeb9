namespace PreCoder.Codebooks.Diff;

/// <summary>One difference between two codebook versions, keyed by the id codes refer to.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="Id">The variable id, or the category id for category changes.</param>
/// <param name="Fields">For Redefined and SettingsChanged, which fields changed (e.g. <c>definition</c>, <c>indicators</c>).</param>
/// <param name="From">The old value (name, category, scale description); null for additions.</param>
/// <param name="To">The new value; null for removals.</param>
public sealed record CodebookChange(CodebookChangeKind Kind, string Id, IReadOnlyList<string> Fields, string? From, string? To)
{
    /// <summary>One line, e.g. <c>~ vul_poverty renamed: "Poverty" -> "Material poverty"</c>.</summary>
    public override string ToString() => Kind switch
    {
        CodebookChangeKind.Added => $"+ {Id} added: \"{To}\"",
        CodebookChangeKind.Removed => $"- {Id} removed: \"{From}\"",
        CodebookChangeKind.Renamed => $"~ {Id} renamed: \"{From}\" -> \"{To}\"",
        CodebookChangeKind.Redefined => $"~ {Id} redefined: {string.Join(", ", Fields)}",
        CodebookChangeKind.ScaleChanged => $"~ {Id} scale changed: {From} -> {To}",
        CodebookChangeKind.MovedCategory => $"~ {Id} moved: {From} -> {To}",
        CodebookChangeKind.SettingsChanged => $"~ {Id} settings changed: {string.Join(", ", Fields)}",
        CodebookChangeKind.CategoryAdded => $"+ category {Id} added: \"{To}\"",
        CodebookChangeKind.CategoryRemoved => $"- category {Id} removed: \"{From}\"",
        _ => $"~ category {Id} renamed: \"{From}\" -> \"{To}\"",
    };
}
