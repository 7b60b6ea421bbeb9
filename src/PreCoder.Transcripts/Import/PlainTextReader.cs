using PreCoder.Core.Text;
namespace PreCoder.Transcripts.Import;

/// <summary>
/// Plain text with one turn per line, <c>Speaker: text</c>, optionally preceded by <c>[HH:MM:SS]</c>.
/// A line without a speaker continues the previous turn; a file without any speaker labels becomes one segment per paragraph.
/// </summary>
public sealed class PlainTextReader : ITranscriptReader
{
    public IReadOnlyList<Core.Transcripts.Transcript> Read(string path, string interviewId, ImportOptions options) =>
        [ReadLines(path, interviewId, TextFile.ReadLines(path), options)];

    internal static Core.Transcripts.Transcript ReadLines(string path, string interviewId, IReadOnlyList<string> lines, ImportOptions options)
    {
        var builder = new SegmentListBuilder(path, interviewId, options.Roles);
        var previousBlank = true;
        for (var i = 0; i < lines.Count; i++)
        {
            var raw = lines[i];
            if (string.IsNullOrWhiteSpace(raw))
            {
                previousBlank = true;
                continue;
            }
            var (time, speaker, text) = SpeakerLine.Parse(raw);
            if (speaker is null && builder.Last is { } last && !(previousBlank && last.Speaker.Length == 0))
            {
                builder.AppendToLast(text);
            }
            else if (!string.IsNullOrWhiteSpace(text))
            {
                builder.Add(i + 1, null, speaker ?? "", text, time);
            }
            previousBlank = false;
        }
        FillEndTimes(builder.Build().Segments);
        return builder.Build();
    }

    /// <summary>A turn with a start time ends where the next timed turn starts.</summary>
    private static void FillEndTimes(IReadOnlyList<Core.Transcripts.Segment> segments)
    {
        for (var i = 0; i < segments.Count - 1; i++)
        {
            if (segments[i].Start is not null && segments[i].End is null && segments[i + 1].Start is { } next && next >= segments[i].Start)
            {
                segments[i].End = next;
            }
        }
    }
}
