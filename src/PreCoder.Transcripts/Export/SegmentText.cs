using PreCoder.Core.Transcripts;

namespace PreCoder.Transcripts.Export;

internal static class SegmentText
{
    /// <summary>The lines to show for a segment; a flagged segment says so, so unchecked text is never passed off as sure.</summary>
    public static IReadOnlyList<string> Lines(Segment s, TextChoice choice)
    {
        var lines = choice switch
        {
            TextChoice.Original => [s.Text],
            TextChoice.English => [s.English ?? s.Text],
            _ => s.English is { } en && en != s.Text ? new[] { s.Text, en } : [s.Text],
        };
        return s.Flags == TrustFlags.None ? lines : [.. lines, $"[check against audio: {s.Flags}]"];
    }
}
