namespace PreCoder.Reporting.Quotes;

/// <summary>What a quote needs from its passage: who spoke and when the passage starts.</summary>
public sealed record QuotePassage(string InterviewId, string PassageId, string Speaker, double? Start);
