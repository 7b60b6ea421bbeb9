namespace PreCoder.Reporting.StudyTables;

/// <summary>The study's result tables: one row per variable, one cell per value of <see cref="Attribute"/>, from one coder's codes.</summary>
public sealed record StudyTable(string Attribute, string Coder, IReadOnlyList<string> Groups, IReadOnlyList<StudyTableRow> Rows);
