using PreCoder.Core.Errors;
using PreCoder.Core.Transcripts;

namespace PreCoder.Transcripts.Import;

/// <summary>Collects one interview's segments while a reader walks a file, giving ids and roles and refusing duplicate ids.</summary>
internal sealed class SegmentListBuilder(string file, string interviewId, RoleMap roles)
{
    private readonly List<Segment> _segments = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public string InterviewId => interviewId;

    public int Count => _segments.Count;

    public Segment? Last => _segments.Count > 0 ? _segments[^1] : null;

    public void Add(int line, string? id, string speaker, string text, double? start = null, double? end = null, string? english = null, string? language = null, SpeakerRole? role = null)
    {
        id = string.IsNullOrWhiteSpace(id) ? $"s{_segments.Count + 1:D4}" : id.Trim();
        if (!_ids.Add(id))
        {
            throw new InputException(file, line, $"duplicate segment id '{id}' in interview '{interviewId}'");
        }
        if (start is { } s && end is { } e && e < s)
        {
            throw new InputException(file, line, $"segment '{id}' ends ({e:0.###} s) before it starts ({s:0.###} s)");
        }
        _segments.Add(new Segment
        {
            Id = id,
            InterviewId = interviewId,
            Index = _segments.Count,
            Start = start,
            End = end,
            Speaker = speaker.Trim(),
            Role = role ?? roles.RoleOf(speaker),
            Language = string.IsNullOrWhiteSpace(language) ? null : language.Trim(),
            Text = text.Trim(),
            English = string.IsNullOrWhiteSpace(english) ? null : english.Trim(),
        });
    }

    public void AppendToLast(string text) => Last!.Text = (Last.Text + " " + text.Trim()).Trim();

    public Transcript Build()
    {
        if (_segments.Count == 0)
        {
            throw new InputException(file, null, "no transcript text found");
        }
        return new Transcript(interviewId, file, _segments);
    }
}
