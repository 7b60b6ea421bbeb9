namespace PreCoder.Reporting.StudyTables;

public sealed record StudyTableRow(string VariableId, string VariableName, string Category, IReadOnlyList<StudyTableCell> Cells);
