using PreCoder.Classification.Classifiers;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;

namespace PreCoder.Classification.Evaluation;

/// <summary>What a cross-validation is run on: the coded interviews, the codes, the codebook and the coder whose codes are the reference.</summary>
public sealed record EvaluationSet(IReadOnlyList<InterviewCase> Cases, IReadOnlyList<CodeRecord> Codes, Codebook Codebook, string Coder);
