namespace PreCoder.Reporting.Refi;

/// <summary>A stored passage as the project's source text shows it: speaker, original text and the English translation when it differs.</summary>
public sealed record RefiPassage(string InterviewId, string PassageId, int Index, string Speaker, string Text, string? English);
