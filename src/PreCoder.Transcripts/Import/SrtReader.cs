using PreCoder.Core.Text;
using PreCoder.Core.Errors;

namespace PreCoder.Transcripts.Import;

/// <summary>SubRip: numbered cues with <c>HH:MM:SS,mmm --> HH:MM:SS,mmm</c>; the cue number becomes the segment id.</summary>
public sealed class SrtReader : ITranscriptReader
{
    public IReadOnlyList<Core.Transcripts.Transcript> Read(string path, string interviewId, ImportOptions options)
    {
        var lines = TextFile.ReadLines(path);
        var builder = new SegmentListBuilder(path, interviewId, options.Roles);
        var i = 0;
        while (i < lines.Length)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                i++;
                continue;
            }
            var number = lines[i].Trim();
            if (!int.TryParse(number, out _))
            {
                throw new InputException(path, i + 1, $"expected a cue number, found '{Shorten(number)}'");
            }
            i++;
            if (i >= lines.Length || !CueTiming.IsTimingLine(lines[i]))
            {
                throw new InputException(path, i + 1, $"cue {number} has no timing line (expected HH:MM:SS,mmm --> HH:MM:SS,mmm)");
            }
            var timingLine = i + 1;
            var (start, end) = CueTiming.Parse(path, timingLine, lines[i]);
            i++;
            var text = new List<string>();
            while (i < lines.Length && !string.IsNullOrWhiteSpace(lines[i]))
            {
                text.Add(lines[i].Trim());
                i++;
            }
            var (_, speaker, rest) = SpeakerLine.Parse(string.Join(" ", text));
            if (rest.Trim().Length > 0)
            {
                builder.Add(timingLine, number, speaker ?? "", rest, start, end);
            }
        }
        return [builder.Build()];
    }

    private static string Shorten(string s) => s.Length > 40 ? s[..40] + "..." : s;
}
