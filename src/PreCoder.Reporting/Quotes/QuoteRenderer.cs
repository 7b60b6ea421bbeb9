using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Transcripts;
using PreCoder.Reporting.Rendering;

namespace PreCoder.Reporting.Quotes;

/// <summary>Writes a variable's quotes as Markdown, CSV, JSON or a Word document, grouped by the <c>--by</c> attribute.</summary>
public static class QuoteRenderer
{
    public static void Markdown(Variable variable, string? by, IReadOnlyList<QuoteEntry> quotes, TextWriter w)
    {
        w.WriteLine($"# {Fmt.Md(variable.Name)} ({variable.Id}): {quotes.Count} quotes");
        foreach (var group in quotes.GroupBy(q => q.Group))
        {
            if (by is not null)
            {
                w.WriteLine();
                w.WriteLine($"## {Fmt.Md(by)}: {Fmt.Md(group.Key.Length == 0 ? "(none)" : group.Key)}");
            }

            foreach (var q in group)
            {
                w.WriteLine();
                w.WriteLine($"> {Fmt.Md(q.Text)}");
                w.WriteLine();
                w.WriteLine($"- {Citation(q)}");
            }
        }
    }

    public static void Csv(IReadOnlyList<QuoteEntry> quotes, TextWriter w)
    {
        w.WriteLine("variable,interview,pseudonym,group,coder,score,speaker,time,start_seconds,english,flags,quote");
        foreach (var q in quotes)
        {
            string[] cells =
            [
                q.Variable, q.Interview, q.Pseudonym, q.Group, q.Coder, q.Score, q.Speaker, QuoteCollection.Time(q.Start),
                q.Start?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) ?? "", q.English ? "true" : "false",
                q.Flags == TrustFlags.None ? "" : q.Flags.ToString(), q.Text,
            ];
            w.WriteLine(string.Join(",", cells.Select(Fmt.Csv)));
        }
    }

    public static void Json(Variable variable, IReadOnlyList<QuoteEntry> quotes, TextWriter w)
    {
        var value = new
        {
            variable = variable.Id,
            name = variable.Name,
            quotes = quotes.Select(q => new
            {
                interview = q.Interview, pseudonym = q.Pseudonym, group = q.Group, coder = q.Coder, score = q.Score, speaker = q.Speaker,
                time = QuoteCollection.Time(q.Start), start = q.Start, english = q.English, flags = q.Flags == TrustFlags.None ? null : q.Flags.ToString(), quote = q.Text,
            }),
        };
        w.WriteLine(JsonSerializer.Serialize(value, new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>A Word document: the variable as title, a heading per group, each quote in italics with its citation below.</summary>
    public static void Docx(Variable variable, string? by, IReadOnlyList<QuoteEntry> quotes, Stream stream)
    {
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        body.Append(Paragraph($"{variable.Name} ({variable.Id}): {quotes.Count} quotes", bold: true, size: 32));
        foreach (var group in quotes.GroupBy(q => q.Group))
        {
            if (by is not null)
            {
                body.Append(Paragraph($"{by}: {(group.Key.Length == 0 ? "(none)" : group.Key)}", bold: true, size: 26));
            }

            foreach (var q in group)
            {
                body.Append(Paragraph($"\u201C{q.Text}\u201D", italic: true));
                body.Append(Paragraph(Citation(q), size: 18));
            }
        }

        main.Document = new Document(body);
        main.Document.Save();
    }

    /// <summary>"int07, Interviewee, 12:04, coder ayse (score 3)", plus trust flags and translation when they apply.</summary>
    public static string Citation(QuoteEntry q)
    {
        var parts = new List<string> { q.Pseudonym };
        if (q.Speaker.Length > 0)
        {
            parts.Add(q.Speaker);
        }

        if (q.Start is not null)
        {
            parts.Add(QuoteCollection.Time(q.Start));
        }

        parts.Add($"coder {q.Coder} (score {q.Score})");
        if (q.English)
        {
            parts.Add("English translation");
        }

        if (q.Flags != TrustFlags.None)
        {
            parts.Add($"transcript flagged: {q.Flags}");
        }

        return string.Join(", ", parts);
    }

    private static Paragraph Paragraph(string text, bool bold = false, bool italic = false, int? size = null)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        if (size is { } s)
        {
            properties.Append(new FontSize { Val = s.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        return new Paragraph(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
