namespace PreCoder.Application.Reconciliation;

/// <summary>The disagreements of one interview, in codebook order, and how many variables were compared.</summary>
public sealed record ReconciliationView(string InterviewId, IReadOnlyList<ReconciliationItem> Items, int VariablesCompared, IReadOnlyList<string> MissingReasons);
