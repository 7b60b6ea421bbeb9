namespace PreCoder.Reporting.Reliability;

/// <summary>A coder taking part in a reliability report; machines are compared with humans and with the human consensus.</summary>
public sealed record ReportCoder(string Id, bool IsMachine);
