namespace PreCoder.Application.Decisions;

/// <summary>One coder's interview-level code for one variable: the unit a decision is about.</summary>
public readonly record struct UnitKey(string Coder, string InterviewId, string VariableId);
