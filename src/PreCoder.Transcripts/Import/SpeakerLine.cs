using System.Text.RegularExpressions;

namespace PreCoder.Transcripts.Import;

/// <summary>Splits <c>[HH:MM:SS] Speaker: text</c> lines (both the time and the speaker are optional).</summary>
internal static partial class SpeakerLine
{
    // A speaker label is short and has no sentence punctuation, so "Note: ..." in running text is rare enough to accept.
    [GeneratedRegex(@"^\s*(?:\[(?<time>\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?)\]\s*)?(?:(?<speaker>[^:\[\]\.\?!]{1,40}?)\s*:\s+)?(?<text>.*)$")]
    private static partial Regex Pattern();

    public static (double? Time, string? Speaker, string Text) Parse(string line)
    {
        var m = Pattern().Match(line);
        double? time = m.Groups["time"].Success && Timestamp.TryParse(m.Groups["time"].Value, out var t) ? t : null;
        var speaker = m.Groups["speaker"].Success ? m.Groups["speaker"].Value.Trim() : null;
        return (time, string.IsNullOrEmpty(speaker) ? null : speaker, m.Groups["text"].Value);
    }
}
