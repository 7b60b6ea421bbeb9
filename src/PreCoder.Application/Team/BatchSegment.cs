namespace PreCoder.Application.Team;

/// <summary>
/// A run of consecutive stages of one kind: study-wide ones (one job each, in order) or per-file ones (one chain of
/// jobs per input file). A study-wide segment after per-file ones starts behind a <see cref="BatchGate"/>.
/// </summary>
internal sealed record BatchSegment(bool StudyWide, IReadOnlyList<PlannedStage> Stages, bool Gated);
