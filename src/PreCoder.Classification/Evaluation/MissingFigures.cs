namespace PreCoder.Classification.Evaluation;

/// <summary>Held-out interview-level codes where the coder, the machine or both said missing.</summary>
public sealed record MissingFigures(int Coder, int Machine, int Both)
{
    public double? Recall => Coder > 0 ? Both / (double)Coder : null;

    public double? Precision => Machine > 0 ? Both / (double)Machine : null;
}
