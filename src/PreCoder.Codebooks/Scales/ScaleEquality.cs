using PreCoder.Core.Codebooks;

namespace PreCoder.Codebooks.Scales;

/// <summary>
/// Compares scales by content. <see cref="Scale"/> is a record, but its anchor dictionary and category list
/// compare by reference, so two scales read from two files would never be "equal" without this.
/// </summary>
public static class ScaleEquality
{
    /// <summary>Same name and same content.</summary>
    public static bool Same(Scale a, Scale b) => a.Name == b.Name && SameContent(a, b);

    /// <summary>Same kind, bounds, anchors, categories and description, whatever the name.</summary>
    public static bool SameContent(Scale a, Scale b) =>
        SameValues(a, b) && SameAnchors(a.Anchors, b.Anchors) && (a.Description ?? "") == (b.Description ?? "");

    /// <summary>Same kind, bounds and categories: the values a code may take.</summary>
    public static bool SameValues(Scale a, Scale b) =>
        a.Kind == b.Kind && a.Min == b.Min && a.Max == b.Max && a.Categories.SequenceEqual(b.Categories);

    public static bool SameAnchors(IReadOnlyDictionary<int, string> a, IReadOnlyDictionary<int, string> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var text) && text == kv.Value);
}
