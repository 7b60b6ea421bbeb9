using PreCoder.Core.Errors;

namespace PreCoder.Transcripts.Import;

/// <summary>Parses the <c>start --> end</c> line shared by WebVTT and SRT.</summary>
internal static class CueTiming
{
    public static bool IsTimingLine(string line) => line.Contains("-->", StringComparison.Ordinal);

    public static (double Start, double End) Parse(string file, int lineNumber, string line)
    {
        var parts = line.Split("-->", 2);
        var startText = parts[0].Trim();
        var endText = parts[1].Trim().Split(' ', '\t')[0];
        if (!Timestamp.TryParse(startText, out var start))
        {
            throw new InputException(file, lineNumber, $"bad cue start time '{startText}' (expected HH:MM:SS.mmm)");
        }
        if (!Timestamp.TryParse(endText, out var end))
        {
            throw new InputException(file, lineNumber, $"bad cue end time '{endText}' (expected HH:MM:SS.mmm)");
        }
        if (end < start)
        {
            throw new InputException(file, lineNumber, $"cue ends ({endText}) before it starts ({startText})");
        }
        return (start, end);
    }
}
