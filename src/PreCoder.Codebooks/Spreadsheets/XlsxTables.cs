using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PreCoder.Codebooks.Spreadsheets;

/// <summary>Reads and writes named sheets of text cells; all PreCoder needs from a workbook.</summary>
public static class XlsxTables
{
    /// <param name="validations">Per sheet name, drop-down lists of allowed values for cells (Excel's data validation).</param>
    public static void Write(Stream stream, IReadOnlyList<(string Name, IReadOnlyList<IReadOnlyList<string>> Rows)> sheets, IReadOnlyDictionary<string, IReadOnlyList<XlsxListValidation>>? validations = null)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
        uint sheetId = 1;
        foreach (var (name, rows) in sheets)
        {
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Count; c++)
                {
                    if (rows[r][c].Length == 0)
                    {
                        continue;
                    }
                    // Inline strings keep the writer simple and every cell text, never a number Excel might reformat.
                    row.Append(new Cell
                    {
                        CellReference = ColumnName(c) + (r + 1),
                        DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Text(rows[r][c]) { Space = SpaceProcessingModeValues.Preserve }),
                    });
                }
                data.Append(row);
            }
            worksheetPart.Worksheet = new Worksheet(data);
            if (validations?.GetValueOrDefault(name) is { Count: > 0 } lists)
            {
                worksheetPart.Worksheet.Append(DataValidations(lists));
            }
            sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = sheetId++, Name = name });
        }
        workbookPart.Workbook.Save();
    }

    /// <summary>The rows of each sheet by sheet name, with 1-based row numbers and cells in column order.</summary>
    public static Dictionary<string, List<SheetRow>> Read(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("the workbook has no sheets");
        var shared = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var result = new Dictionary<string, List<SheetRow>>(StringComparer.OrdinalIgnoreCase);
        foreach (var sheet in workbookPart.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }
            var rows = new List<SheetRow>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var cells = new List<string>();
                var next = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
                    while (cells.Count < column)
                    {
                        cells.Add("");
                    }
                    cells.Add(CellText(cell, shared));
                    next = column + 1;
                }
                rows.Add(new SheetRow((int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1)), cells));
            }
            result[sheet.Name?.Value ?? ""] = rows;
        }
        return result;
    }

    private static string CellText(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var index) && index < shared.Count)
        {
            return shared[index];
        }
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }
        if (cell.DataType?.Value == CellValues.Boolean)
        {
            return cell.CellValue?.Text == "1" ? "TRUE" : "FALSE";
        }
        return cell.CellValue?.Text ?? "";
    }

    /// <summary>One validation per distinct list, covering every cell that offers it.</summary>
    private static DataValidations DataValidations(IReadOnlyList<XlsxListValidation> lists)
    {
        var result = new DataValidations();
        foreach (var group in lists.GroupBy(v => string.Join(",", v.Values)))
        {
            result.Append(new DataValidation
            {
                Type = DataValidationValues.List,
                AllowBlank = true,
                ShowErrorMessage = true,
                ErrorTitle = "Not a value of the scale",
                Error = "Choose a value from the list: " + group.Key,
                SequenceOfReferences = new ListValue<StringValue> { InnerText = string.Join(" ", group.Select(v => ColumnName(v.Column) + v.Row)) },
                Formula1 = new Formula1("\"" + group.Key + "\""),
            });
        }
        result.Count = (uint)result.ChildElements.Count;
        return result;
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + (index - 1) % 26) + name;
        }
        return name;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return index - 1;
    }
}
