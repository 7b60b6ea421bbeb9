using PreCoder.Classification.Classifiers;

namespace PreCoder.Classification.Evaluation;

/// <summary>How a cross-validation runs.</summary>
/// <param name="Folds">Folds by interview.</param>
public sealed record EvaluationPlan(int Folds)
{
    /// <summary>
    /// A learning-curve point: each fold trains on this many of its training interviews (a fixed random sample) instead
    /// of all of them, and is tested on the same held-out fold. Null trains on all.
    /// </summary>
    public int? TrainingInterviews { get; init; }

    /// <summary>Seed of the learning-curve samples. The default value is 17.</summary>
    public int Seed { get; init; } = 17;

    /// <summary>The zero-shot nearest sentence for an interview and variable: the evidence baseline. Null skips that baseline.</summary>
    public Func<InterviewCase, string, string?>? NearestSentence { get; init; }
}
