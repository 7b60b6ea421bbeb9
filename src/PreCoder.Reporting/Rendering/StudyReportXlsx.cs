using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PreCoder.Reporting.StudyReports;

namespace PreCoder.Reporting.Rendering;

/// <summary>
/// The printed tables as an Excel workbook: a "Read me" sheet saying whose codes, then one sheet per table. Plain
/// numbers are number cells (so Excel can chart them); "13.7%", "N/A" and "175 (7 missing)" stay text as printed.
/// </summary>
public static class StudyReportXlsx
{
    public static void Write(StudyReport report, Stream stream)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        uint id = 1;
        void Add(string title, IReadOnlyList<IReadOnlyList<string>> rows)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Count; c++)
                {
                    row.Append(Cell(rows[r][c], c, r + 1));
                }

                data.Append(row);
            }

            part.Worksheet = new Worksheet(data);
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = SheetName(title, names) });
        }

        Add("Read me", [[$"Results by {report.Attribute}"], [$"Codes: {report.Source}"], ["Percentages and averages exclude missing codes; n is what each rests on. N/A: the variable does not apply to the group."]]);
        foreach (var grid in StudyReportGrids.Build(report))
        {
            Add(grid.Title, [grid.Header, .. grid.Rows]);
        }

        workbook.Workbook.Save();
    }

    private static Cell Cell(string text, int column, int row)
    {
        var reference = ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return new Cell { CellReference = reference, CellValue = new CellValue(number) };
        }

        return new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
        };
    }

    // Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique ignoring case.
    private static string SheetName(string title, HashSet<string> taken)
    {
        var clean = new string(title.Select(c => ":\\/?*[]".Contains(c) ? ' ' : c).ToArray()).Trim();
        clean = clean.Length == 0 ? "Sheet" : clean;
        var name = clean.Length > 31 ? clean[..31] : clean;
        for (var n = 2; !taken.Add(name); n++)
        {
            var suffix = $" ({n})";
            name = (clean.Length > 31 - suffix.Length ? clean[..(31 - suffix.Length)] : clean) + suffix;
        }

        return name;
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }
}
