using System.Text;
using PreCoder.Core.Errors;

namespace PreCoder.Core.Text;

/// <summary>
/// RFC 4180 reader (comma or tab) that keeps line numbers, so every error can name the file and line.
/// Small on purpose: imports need exact positions more than they need speed.
/// </summary>
public static class CsvReader
{
    /// <summary>Picks the delimiter from the extension (.tsv/.tab = tab) or, failing that, from the header line.</summary>
    public static char DelimiterFor(string path, string? firstLine)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".tsv" or ".tab")
        {
            return '\t';
        }
        if (ext == ".csv")
        {
            return ',';
        }
        return firstLine is not null && firstLine.Count(c => c == '\t') > firstLine.Count(c => c == ',') ? '\t' : ',';
    }

    /// <summary>
    /// The records of <paramref name="text"/>. Fields that repeat - ids, coders, scores - share one string each, so a
    /// quarter-million-row codes file holds a few hundred strings for them rather than a million.
    /// </summary>
    public static IEnumerable<CsvRecord> Read(string file, string text, char delimiter)
    {
        var pool = new StringPool();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var fieldStarted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }
                    inQuotes = false;
                    i++;
                    if (i < text.Length && text[i] != delimiter && text[i] != '\n' && text[i] != '\r')
                    {
                        throw new InputException(file, line, $"unexpected character '{text[i]}' after a closing quote (double the quote inside quoted fields: \"\")");
                    }
                    continue;
                }
                if (c == '\n')
                {
                    line++;
                }
                field.Append(c);
                i++;
                continue;
            }
            if (c == '"' && field.Length == 0 && !fieldStarted)
            {
                inQuotes = true;
                fieldStarted = true;
                i++;
                continue;
            }
            if (c == delimiter)
            {
                fields.Add(Take(field, pool));
                field.Clear();
                fieldStarted = false;
                i++;
                continue;
            }
            if (c == '\r' || c == '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                fields.Add(Take(field, pool));
                field.Clear();
                fieldStarted = false;
                if (!(fields.Count == 1 && fields[0].Length == 0))
                {
                    yield return new CsvRecord(recordLine, fields.ToArray());
                }
                fields.Clear();
                line++;
                recordLine = line;
                i++;
                continue;
            }
            field.Append(c);
            fieldStarted = true;
            i++;
        }
        if (inQuotes)
        {
            throw new InputException(file, recordLine, "a quoted field is never closed");
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(Take(field, pool));
            yield return new CsvRecord(recordLine, fields.ToArray());
        }
    }

    private static string Take(StringBuilder field, StringPool pool)
    {
        if (field.Length > pool.LongestPooled)
        {
            return field.ToString();
        }
        Span<char> chars = stackalloc char[field.Length];
        field.CopyTo(0, chars, field.Length);
        return pool.Get(chars);
    }
}
