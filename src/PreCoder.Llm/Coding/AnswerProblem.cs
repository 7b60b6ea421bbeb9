namespace PreCoder.Llm.Coding;

/// <summary>
/// Why (part of) an answer was rejected. <see cref="ForModel"/> goes back to the model in the one retry and may quote
/// what it wrote; <see cref="Reason"/> is what the study keeps in a fallback's rationale, and never repeats model text,
/// so an invented quote cannot reach a coder even there.
/// </summary>
/// <param name="VariableId">Null when the whole answer is unusable (not JSON, wrong shape).</param>
public sealed record AnswerProblem(string? VariableId, string ForModel, string Reason);
