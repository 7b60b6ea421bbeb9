using PreCoder.Core.Transcripts;
using PreCoder.Transcripts.Import;

namespace PreCoder.Transcripts.Export;

/// <summary>SubRip, numbered from 1, with <c>Speaker: </c> before the text.</summary>
public static class SrtWriter
{
    public static void Write(TextWriter w, IReadOnlyList<Segment> segments, TextChoice choice)
    {
        var clock = 0.0;
        var n = 1;
        foreach (var s in segments)
        {
            var start = s.Start ?? clock;
            var end = s.End ?? Math.Max(start + 1, clock + 1);
            clock = end;
            w.Write($"{n++}\n{Timestamp.Format(start, ',')} --> {Timestamp.Format(end, ',')}\n");
            var prefix = s.Speaker.Length > 0 ? s.Speaker + ": " : "";
            foreach (var line in SegmentText.Lines(s, choice))
            {
                w.Write(prefix + line.Replace("\n", " ") + "\n");
            }
            w.Write("\n");
        }
    }
}
