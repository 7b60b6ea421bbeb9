using PreCoder.Core.Transcripts;
using PreCoder.Transcripts.Import;

namespace PreCoder.Transcripts.Export;

/// <summary>The plain-text format PreCoder imports: <c>[HH:MM:SS] Speaker: text</c>, one turn per line.</summary>
public static class PlainTextWriter
{
    public static void Write(TextWriter w, IReadOnlyList<Segment> segments, TextChoice choice)
    {
        foreach (var s in segments)
        {
            var time = s.Start is { } t ? $"[{Timestamp.Format(t)[..8]}] " : "";
            var speaker = s.Speaker.Length > 0 ? s.Speaker + ": " : "";
            w.Write(time + speaker + string.Join(" / ", SegmentText.Lines(s, choice)).Replace("\n", " ") + "\n");
        }
    }
}
