namespace PreCoder.Classification.Evaluation;

public sealed record CategoryF1(string Category, int Support, double Precision, double Recall, double F1);
