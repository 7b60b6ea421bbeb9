namespace PreCoder.Application.Translation;

/// <summary>What <c>translate</c> did: interviews touched, segments translated, the segments that failed (id and reason) and the translation's source.</summary>
public sealed record TranslationOutcome(int Interviews, int Translated, IReadOnlyList<string> Failed, string Source);
