namespace PreCoder.Codebooks.Spreadsheets;

/// <summary>One spreadsheet row: the line (CSV) or row number (XLSX) it starts on, and its cells.</summary>
public sealed record SheetRow(int Line, IReadOnlyList<string> Cells)
{
    public string Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index].Trim() : "";

    public bool IsBlank => Cells.All(c => string.IsNullOrWhiteSpace(c));
}
