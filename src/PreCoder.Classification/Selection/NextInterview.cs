namespace PreCoder.Classification.Selection;

/// <summary>An uncoded interview proposed for hand-coding next, with why.</summary>
/// <param name="Uncertainty">The model's mean uncertainty over the variables it learned (1 minus the probability of its proposed level); null when no model could be trained yet.</param>
/// <param name="Novelty">Cosine distance of the interview's content from the nearest coded or already proposed interview.</param>
public sealed record NextInterview(int Rank, string InterviewId, double? Uncertainty, double Novelty, string Reason);
