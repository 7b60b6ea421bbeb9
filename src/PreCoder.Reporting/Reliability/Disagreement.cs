namespace PreCoder.Reporting.Reliability;

/// <summary>A unit where the coders' non-missing scores differ: what a reconciliation meeting works through.</summary>
/// <param name="Scores">Each coder's score in the report's coder order; NaN = missing or not coded.</param>
/// <param name="Evidence">Each coder's evidence text in the same order; empty when none.</param>
public sealed record Disagreement(string Unit, string VariableId, string VariableName, IReadOnlyList<double> Scores, IReadOnlyList<string> Evidence);
