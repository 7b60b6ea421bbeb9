namespace PreCoder.Codebooks.Spreadsheets;

/// <summary>A cell (0-based column, 1-based row) that only takes one of <see cref="Values"/>, offered as a drop-down.</summary>
public sealed record XlsxListValidation(int Column, int Row, IReadOnlyList<string> Values);
