using PreCoder.Core.Errors;
using PreCoder.Core.Transcripts;

namespace PreCoder.Transcripts.Import;

/// <summary>Chooses a reader by format or extension; the interview id is the file name without extension unless the data carries one.</summary>
public static class TranscriptImporter
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".vtt", ".srt", ".docx", ".csv", ".tsv",
    };

    public static bool IsTranscript(string path) => Extensions.Contains(Path.GetExtension(path));

    public static IReadOnlyList<Transcript> Read(string path, ImportOptions options)
    {
        var format = options.Format == TranscriptFormat.Auto ? FormatOf(path) : options.Format;
        ITranscriptReader reader = format switch
        {
            TranscriptFormat.Txt => new PlainTextReader(),
            TranscriptFormat.Vtt => new WebVttReader(),
            TranscriptFormat.Srt => new SrtReader(),
            TranscriptFormat.Docx => new DocxReader(),
            TranscriptFormat.Csv => new DelimitedReader(),
            _ => throw new InputException(path, null, $"unknown transcript format (use --format txt|vtt|srt|docx|csv)"),
        };
        return reader.Read(path, Path.GetFileNameWithoutExtension(path), options);
    }

    public static TranscriptFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".txt" => TranscriptFormat.Txt,
        ".vtt" => TranscriptFormat.Vtt,
        ".srt" => TranscriptFormat.Srt,
        ".docx" => TranscriptFormat.Docx,
        ".csv" or ".tsv" or ".tab" => TranscriptFormat.Csv,
        var ext => throw new InputException(path, null, $"'{ext}' is not a transcript format PreCoder reads (txt, vtt, srt, docx, csv, tsv)"),
    };
}
