namespace PreCoder.Reporting.StudyTables;

/// <summary>An interview and its attributes (gender=female...), the groups the study's tables compare.</summary>
public sealed record StudyInterview(string Id, IReadOnlyDictionary<string, string> Attributes);
