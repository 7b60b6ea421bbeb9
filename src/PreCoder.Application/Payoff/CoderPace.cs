namespace PreCoder.Application.Payoff;

/// <summary>
/// Time a coder spends per interview: the gaps between their consecutive decisions on it, leaving out gaps longer than
/// <see cref="SuggestionPayoff.BreakAfter"/> (a break, not coding). Imported codes share one time and count as none.
/// </summary>
public sealed record CoderPace(string Coder, int Interviews, double MedianMinutes, double TotalMinutes);
