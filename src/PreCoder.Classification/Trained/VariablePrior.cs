namespace PreCoder.Classification.Trained;

/// <summary>How the coder scored a variable across the training interviews: mean score and share present.</summary>
public sealed record VariablePrior(double Mean, double PresentRate, int Interviews);
