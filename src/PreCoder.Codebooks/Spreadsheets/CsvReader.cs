using System.Text;
using PreCoder.Codebooks.Diagnostics;

namespace PreCoder.Codebooks.Spreadsheets;

/// <summary>
/// RFC 4180 CSV: comma-separated, fields optionally in double quotes, <c>""</c> for a quote, quoted fields may
/// span lines. Hand-written because each record must know the line it started on for error messages.
/// </summary>
internal static class CsvReader
{
    public static List<SheetRow> Read(string text, DiagnosticBag diagnostics)
    {
        var rows = new List<SheetRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var fieldLine = 1;
        var inQuotes = false;
        var quotedField = false;
        var strayQuoteReported = false;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            quotedField = false;
            strayQuoteReported = false;
        }

        void EndRecord()
        {
            EndField();
            rows.Add(new SheetRow(recordLine, fields.ToArray()));
            fields.Clear();
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }
                    if (c != '\r')
                    {
                        field.Append(c);
                    }
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0 && !quotedField:
                    inQuotes = true;
                    quotedField = true;
                    fieldLine = line;
                    break;
                case '"':
                    if (!strayQuoteReported)
                    {
                        diagnostics.Error(line, "a quote inside an unquoted field", "put the whole field in quotes and double the inner quote: \"say \"\"no\"\"\"");
                        strayQuoteReported = true;
                    }
                    field.Append(c);
                    break;
                case ',':
                    EndField();
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    if (quotedField)
                    {
                        diagnostics.Error(line, "text after a closing quote", "quote the whole field, doubling quotes inside it");
                        quotedField = false;
                    }
                    field.Append(c);
                    break;
            }
        }
        if (inQuotes)
        {
            diagnostics.Error(fieldLine, "a quoted field is never closed", "add the closing \" (a quote inside a field is written \"\")");
        }
        if (field.Length > 0 || fields.Count > 0 || quotedField)
        {
            EndRecord();
        }
        return rows;
    }
}
