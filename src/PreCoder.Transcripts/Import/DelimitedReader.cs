using PreCoder.Core.Text;
using PreCoder.Core.Errors;
using PreCoder.Core.Transcripts;

namespace PreCoder.Transcripts.Import;

/// <summary>
/// CSV/TSV with one segment per row. A mapped <c>interview</c> column splits one file into several interviews;
/// a mapped <c>segment</c> column is kept as the segment id. Only <c>text</c> is required.
/// </summary>
public sealed class DelimitedReader : ITranscriptReader
{
    public IReadOnlyList<Transcript> Read(string path, string interviewId, ImportOptions options)
    {
        var table = CsvTable.Load(path);
        var map = options.Columns;
        int Col(string key)
        {
            var column = map.ColumnFor(key);
            if (column is null)
            {
                return -1;
            }
            var index = table.IndexOf(column);
            if (index < 0 && (map.IsExplicit || key == "text"))
            {
                throw new InputException(path, 1, $"--map names column '{column}' for {key}, but the header has: {string.Join(", ", table.Header)}");
            }
            return index;
        }
        int interviewCol = Col("interview"), segmentCol = Col("segment"), speakerCol = Col("speaker"), startCol = Col("start"),
            endCol = Col("end"), textCol = Col("text"), englishCol = Col("english"), languageCol = Col("language"), roleCol = Col("role");

        var builders = new Dictionary<string, SegmentListBuilder>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var row in table.Rows)
        {
            string Field(int col) => col >= 0 ? row.Fields[col] : "";
            var id = interviewCol >= 0 ? Field(interviewCol).Trim() : interviewId;
            if (id.Length == 0)
            {
                throw new InputException(path, row.Line, "empty interview id");
            }
            if (!builders.TryGetValue(id, out var builder))
            {
                builders[id] = builder = new SegmentListBuilder(path, id, options.Roles);
                order.Add(id);
            }
            var text = Field(textCol);
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new InputException(path, row.Line, "empty text");
            }
            builder.Add(
                row.Line,
                segmentCol >= 0 ? Field(segmentCol) : null,
                Field(speakerCol),
                text,
                Time(path, row.Line, "start", Field(startCol)),
                Time(path, row.Line, "end", Field(endCol)),
                englishCol >= 0 ? Field(englishCol) : null,
                languageCol >= 0 ? Field(languageCol) : null,
                roleCol >= 0 && Field(roleCol).Trim().Length > 0 ? ParseRole(path, row.Line, Field(roleCol)) : null);
        }
        if (order.Count == 0)
        {
            throw new InputException(path, null, "no rows after the header");
        }
        return order.Select(id => builders[id].Build()).ToArray();
    }

    private static double? Time(string path, int line, string what, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        return Timestamp.TryParse(text, out var t)
            ? t
            : throw new InputException(path, line, $"bad {what} time '{text}' (seconds or HH:MM:SS.mmm)");
    }

    private static SpeakerRole ParseRole(string path, int line, string text) => text.Trim().ToLowerInvariant() switch
    {
        "interviewee" or "participant" => SpeakerRole.Interviewee,
        "interviewer" => SpeakerRole.Interviewer,
        "translator" or "interpreter" => SpeakerRole.Translator,
        var other => throw new InputException(path, line, $"unknown role '{other}' (interviewee, interviewer, translator)"),
    };
}
