namespace PreCoder.Cli.Commands.Llm;

/// <summary>What <c>translate</c> did: interviews touched, segments translated, the segments that failed (id and reason), the translation's source and the run's usage line.</summary>
public sealed record TranslationOutcome(int Interviews, int Translated, IReadOnlyList<string> Failed, string Source, string Usage);
