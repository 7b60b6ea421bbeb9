namespace PreCoder.Transcripts.Import;

public enum TranscriptFormat
{
    Auto = 0,
    Txt,
    Vtt,
    Srt,
    Docx,
    Csv,
}
