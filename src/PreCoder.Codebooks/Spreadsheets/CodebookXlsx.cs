using PreCoder.Codebooks.Diagnostics;
using PreCoder.Codebooks.Validation;
using PreCoder.Core.Codebooks;

namespace PreCoder.Codebooks.Spreadsheets;

/// <summary>
/// A codebook as an Excel workbook: sheet "variables" holds the same table as the CSV format, sheet "codebook"
/// the header, category and scale rows (first cell the key, without the CSV's '#'). Line numbers are row numbers.
/// </summary>
public static class CodebookXlsx
{
    public const string VariablesSheet = "variables";
    public const string CodebookSheet = "codebook";

    public static CodebookReadResult Read(Stream stream, string file)
    {
        var bag = new DiagnosticBag(file);
        Dictionary<string, List<SheetRow>> sheets;
        try
        {
            sheets = XlsxTables.Read(stream);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or FormatException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            bag.Error(null, $"not a readable .xlsx workbook: {ex.Message}", "save the file from Excel or LibreOffice as .xlsx");
            return new CodebookReadResult(null, bag.Sorted());
        }
        var rows = new List<SheetRow>();
        if (sheets.TryGetValue(CodebookSheet, out var meta))
        {
            // Prefixing '#' turns the codebook sheet into the CSV's header rows, so one reader serves both.
            rows.AddRange(meta.Where(r => !r.IsBlank).Select(r => r with { Cells = r.Cells.Select((c, i) => i == 0 ? "#" + c.Trim() : c).ToList() }));
        }
        if (!sheets.TryGetValue(VariablesSheet, out var variables))
        {
            // A hand-made workbook often has a single sheet; take the first that is not the codebook sheet.
            variables = sheets.Where(s => !s.Key.Equals(CodebookSheet, StringComparison.OrdinalIgnoreCase)).Select(s => s.Value).FirstOrDefault();
        }
        if (variables is null)
        {
            bag.Error(null, $"the workbook has no '{VariablesSheet}' sheet", "put the variable table in a sheet named 'variables'");
            return new CodebookReadResult(null, bag.Sorted());
        }
        rows.AddRange(variables);
        var map = new SourceMap();
        var codebook = new SpreadsheetCodebookReader(bag, map).Read(rows, file);
        if (codebook is not null)
        {
            bag.AddRange(CodebookValidator.Validate(codebook, file, map));
        }
        return new CodebookReadResult(codebook, bag.Sorted());
    }

    public static void Write(Codebook codebook, Stream stream) =>
        XlsxTables.Write(stream,
        [
            (VariablesSheet, SpreadsheetCodebookWriter.VariableRows(codebook)),
            (CodebookSheet, SpreadsheetCodebookWriter.MetaRows(codebook)),
        ]);
}
