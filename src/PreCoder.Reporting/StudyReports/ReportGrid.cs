namespace PreCoder.Reporting.StudyReports;

/// <summary>One printed table of a report: a title, a header row and text rows - what Markdown, HTML and XLSX all show.</summary>
/// <param name="Kind">demographics, scores, presence or timepoints.</param>
public sealed record ReportGrid(string Title, string Kind, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);
