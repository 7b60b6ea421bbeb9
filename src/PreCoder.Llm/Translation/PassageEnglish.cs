using PreCoder.Core.Passages;
using PreCoder.Core.Transcripts;

namespace PreCoder.Llm.Translation;

/// <summary>
/// A passage's English once its segments are translated, by the rule the passage builder uses at import: the
/// segments' English joined with single spaces, and only for a passage made of whole segments (the English of a
/// segment cut in two cannot be cut at the same places).
/// </summary>
public static class PassageEnglish
{
    /// <summary>The English the passage should have now, or null when it cannot have one.</summary>
    public static string? Of(Passage passage, IReadOnlyDictionary<string, Segment> segments)
    {
        var parts = new List<Segment>();
        foreach (var id in passage.SegmentIds)
        {
            if (!segments.TryGetValue(id, out var s) || s.English is null)
            {
                return null;
            }
            parts.Add(s);
        }
        var whole = string.Join(" ", parts.Select(s => s.Text.Trim()));
        return parts.Count > 0 && whole == passage.Text ? string.Join(" ", parts.Select(s => s.English!.Trim())) : null;
    }
}
