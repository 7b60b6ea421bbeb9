using PreCoder.Classification.Selection;

namespace PreCoder.Application.Selection;

/// <summary>
/// The interviews to code next, best first (empty when the coder has coded every interview), how many of the
/// study's interviews the coder has coded, and whether a model trained on them ranked the rest (else diversity alone).
/// </summary>
public sealed record NextResult(IReadOnlyList<NextInterview> Next, int Coded, int Interviews, bool ModelTrained);
