namespace PreCoder.Application.Sheets;

/// <summary>What importing a filled sheet did: rows read, rows the coder filled, decisions recorded, filled rows that changed nothing.</summary>
public sealed record SheetImportResult(int Rows, int Filled, int Recorded, int Unchanged);
