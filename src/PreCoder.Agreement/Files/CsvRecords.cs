using System.Text;

namespace PreCoder.Agreement;

/// <summary>
/// A minimal RFC 4180 reader (commas, double quotes, <c>""</c>, quoted line breaks) that keeps each record's
/// starting line, so a bad cell is reported at the line a spreadsheet shows. Here so the library needs no CSV package.
/// </summary>
internal static class CsvRecords
{
    public static List<(int Line, string[] Fields)> Read(string text)
    {
        var records = new List<(int, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, recordLine = 1;
        var inQuotes = false;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    inQuotes = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (inQuotes)
        {
            throw new RatingsFormatException(recordLine, "a quoted field is not closed");
        }

        EndRecord();
        return records;

        void EndRecord()
        {
            fields.Add(field.ToString());
            field.Clear();
            // Blank lines (one empty field) carry no ratings; skipping them lets files end with a newline or two.
            if (fields.Count > 1 || fields[0].Trim().Length > 0)
            {
                records.Add((recordLine, fields.Select(f => f.Trim()).ToArray()));
            }

            fields.Clear();
        }
    }
}
