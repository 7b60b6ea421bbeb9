namespace PreCoder.Application.Payoff;

/// <summary>The "is pre-coding paying off?" table: per coder, then per coder and variable, and each coder's pace.</summary>
public sealed record PayoffReport(IReadOnlyList<PayoffRow> ByCoder, IReadOnlyList<PayoffRow> ByVariable, IReadOnlyList<CoderPace> Pace);
