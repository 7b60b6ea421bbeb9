using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PreCoder.Core.Transcripts;
using PreCoder.Transcripts.Import;

namespace PreCoder.Transcripts.Export;

/// <summary>A Word document, one paragraph per turn, with the speaker in bold; DocxReader reads it back.</summary>
public static class DocxWriter
{
    public static void Write(Stream stream, IReadOnlyList<Segment> segments, TextChoice choice)
    {
        using var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        var body = new Body();
        foreach (var s in segments)
        {
            var p = new Paragraph();
            if (s.Start is { } t)
            {
                p.Append(new Run(new Text($"[{Timestamp.Format(t)[..8]}] ") { Space = SpaceProcessingModeValues.Preserve }));
            }
            if (s.Speaker.Length > 0)
            {
                p.Append(new Run(new RunProperties(new Bold()), new Text(s.Speaker + ": ") { Space = SpaceProcessingModeValues.Preserve }));
            }
            p.Append(new Run(new Text(string.Join(" / ", SegmentText.Lines(s, choice))) { Space = SpaceProcessingModeValues.Preserve }));
            body.Append(p);
        }
        main.Document = new Document(body);
        main.Document.Save();
    }
}
