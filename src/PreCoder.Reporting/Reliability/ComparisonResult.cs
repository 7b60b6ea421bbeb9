namespace PreCoder.Reporting.Reliability;

/// <summary>
/// One coefficient for one variable (or category, or overall) and one comparison.
/// <see cref="Variable"/> holds the variable id, the category name, or "overall" according to <see cref="Scope"/>.
/// Precision, recall and F1 are set only for presence results of a machine against a human or the consensus (the reference).
/// </summary>
public sealed record ComparisonResult(
    ResultScope Scope,
    string Variable,
    string Category,
    ComparisonKind Comparison,
    IReadOnlyList<string> Coders,
    string Metric,
    bool Presence,
    double Value,
    double CiLow,
    double CiHigh,
    double Units,
    double PairableValues,
    double ObservedDisagreement,
    double ExpectedDisagreement)
{
    public string VariableName { get; init; } = "";

    public double? Precision { get; init; }

    public double? Recall { get; init; }

    public double? F1 { get; init; }

    public string Flag => AgreementFlag.For(Value);
}
