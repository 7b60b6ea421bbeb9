namespace PreCoder.Reporting.StudyTables;

/// <summary>
/// One variable in one group. <see cref="Applicable"/> false is the study's N/A (the variable's applies_to excludes the group).
/// <see cref="MentionedPercent"/> is the share of coded (non-missing) interviews scoring above 0; <see cref="AverageScore"/>
/// the mean of non-missing scores. Both are NaN when no interview in the group was coded.
/// </summary>
public sealed record StudyTableCell(string Group, bool Applicable, int Coded, int Missing, double MentionedPercent, double AverageScore);
