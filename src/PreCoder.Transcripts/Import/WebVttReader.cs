using PreCoder.Core.Text;
using System.Text.RegularExpressions;
using PreCoder.Core.Errors;

namespace PreCoder.Transcripts.Import;

/// <summary>WebVTT: cue ids are kept as segment ids; the speaker comes from a <c>&lt;v Name&gt;</c> voice tag or a <c>Name:</c> prefix.</summary>
public sealed partial class WebVttReader : ITranscriptReader
{
    [GeneratedRegex(@"<v(?:\.[^ >]*)?\s+([^>]+)>")]
    private static partial Regex Voice();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    public IReadOnlyList<Core.Transcripts.Transcript> Read(string path, string interviewId, ImportOptions options)
    {
        var lines = TextFile.ReadLines(path);
        if (lines.Length == 0 || !lines[0].TrimStart().StartsWith("WEBVTT", StringComparison.Ordinal))
        {
            throw new InputException(path, 1, "not a WebVTT file: the first line must start with WEBVTT");
        }
        var builder = new SegmentListBuilder(path, interviewId, options.Roles);
        var i = 1;
        while (i < lines.Length)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                i++;
                continue;
            }
            var block = lines[i].Trim();
            if (block.StartsWith("NOTE", StringComparison.Ordinal) || block.StartsWith("STYLE", StringComparison.Ordinal) || block.StartsWith("REGION", StringComparison.Ordinal))
            {
                while (i < lines.Length && !string.IsNullOrWhiteSpace(lines[i]))
                {
                    i++;
                }
                continue;
            }
            string? id = null;
            if (!CueTiming.IsTimingLine(lines[i]))
            {
                id = block;
                i++;
                if (i >= lines.Length || !CueTiming.IsTimingLine(lines[i]))
                {
                    throw new InputException(path, i + 1, $"cue '{id}' has no timing line (expected HH:MM:SS.mmm --> HH:MM:SS.mmm)");
                }
            }
            var timingLine = i + 1;
            var (start, end) = CueTiming.Parse(path, timingLine, lines[i]);
            i++;
            var text = new List<string>();
            while (i < lines.Length && !string.IsNullOrWhiteSpace(lines[i]))
            {
                text.Add(lines[i]);
                i++;
            }
            var joined = string.Join(" ", text);
            string speaker = "";
            var voice = Voice().Match(joined);
            if (voice.Success)
            {
                speaker = voice.Groups[1].Value.Trim();
            }
            var plain = System.Net.WebUtility.HtmlDecode(Tag().Replace(joined, "")).Trim();
            if (!voice.Success)
            {
                var (_, s, rest) = SpeakerLine.Parse(plain);
                if (s is not null)
                {
                    speaker = s;
                    plain = rest.Trim();
                }
            }
            if (plain.Length > 0)
            {
                builder.Add(timingLine, id, speaker, plain, start, end);
            }
        }
        return [builder.Build()];
    }
}
