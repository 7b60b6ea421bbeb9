using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PreCoder.Core.Errors;

namespace PreCoder.Transcripts.Import;

/// <summary>Word documents: each paragraph is read like a line of a plain-text transcript.</summary>
public sealed class DocxReader : ITranscriptReader
{
    public IReadOnlyList<Core.Transcripts.Transcript> Read(string path, string interviewId, ImportOptions options)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, null, "file not found");
        }
        var lines = new List<string>();
        try
        {
            using var doc = WordprocessingDocument.Open(path, false);
            var body = doc.MainDocumentPart?.Document?.Body ?? throw new InputException(path, null, "the document has no body");
            foreach (var p in body.Descendants<Paragraph>())
            {
                lines.Add(p.InnerText);
                // Blank line between paragraphs: a paragraph without a speaker starts its own segment.
                lines.Add("");
            }
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException or FileFormatException)
        {
            throw new InputException(path, null, $"not a readable .docx file ({ex.Message})");
        }
        return [PlainTextReader.ReadLines(path, interviewId, lines, options)];
    }
}
