namespace PreCoder.Reporting.Reliability;

/// <summary>One coder's score for one unit (interview or passage) and variable. <see cref="double.NaN"/> means missing, never 0.</summary>
public sealed record UnitRating(string Unit, string VariableId, string CoderId, double Value, string? Evidence = null);
