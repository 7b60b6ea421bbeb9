namespace PreCoder.Reporting.StudyTables;

public sealed record StudyTableRow(string VariableId, string VariableName, string Category, IReadOnlyList<StudyTableCell> Cells)
{
    /// <summary>True for binary variables (roles held, traumatic events): only "% reported" means something, as in the study's Tables 6 and 8.</summary>
    public bool PresenceOnly { get; init; }
}
