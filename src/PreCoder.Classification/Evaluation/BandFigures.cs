namespace PreCoder.Classification.Evaluation;

/// <summary>A confidence band's share of the held-out suggestions and how often the coder matched them exactly.</summary>
public sealed record BandFigures(string Band, int Count, double Share, double? ExactRate);
