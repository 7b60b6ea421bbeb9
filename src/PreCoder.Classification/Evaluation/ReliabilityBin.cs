namespace PreCoder.Classification.Evaluation;

/// <summary>One bin of a reliability diagram: suggestions whose confidence fell in [From, To), and how many the coder matched exactly.</summary>
public sealed record ReliabilityBin(double From, double To, int Count, double MeanConfidence, double ExactRate);
