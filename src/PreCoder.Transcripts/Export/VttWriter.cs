using PreCoder.Core.Transcripts;
using PreCoder.Transcripts.Import;

namespace PreCoder.Transcripts.Export;

/// <summary>WebVTT with the segment id as cue id and the speaker as a voice tag; untimed segments get consecutive 1-second slots.</summary>
public static class VttWriter
{
    public static void Write(TextWriter w, IReadOnlyList<Segment> segments, TextChoice choice)
    {
        w.Write("WEBVTT\n\n");
        var clock = 0.0;
        foreach (var s in segments)
        {
            var start = s.Start ?? clock;
            var end = s.End ?? Math.Max(start + 1, clock + 1);
            clock = end;
            w.Write($"{s.Id}\n{Timestamp.Format(start)} --> {Timestamp.Format(end)}\n");
            foreach (var line in SegmentText.Lines(s, choice))
            {
                w.Write(s.Speaker.Length > 0 ? $"<v {s.Speaker}>{Escape(line)}\n" : $"{Escape(line)}\n");
            }
            w.Write("\n");
        }
    }

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\n", " ");
}
