using PreCoder.Classification.Calibration;
using PreCoder.Classification.Classifiers;
using PreCoder.Classification.Evaluation;
using PreCoder.Classification.Trained;
using PreCoder.Classification.ZeroShot;
using PreCoder.Core.Errors;

namespace PreCoder.Application.Evaluation;

/// <summary>
/// Cross-validates a classifier against a coder beside the coder's base rate and zero-shot, or draws the learning curve
/// of the trained classifier. Evaluating the embedded classifier also calibrates its confidence on what the coder kept.
/// </summary>
public static class StudyEvaluation
{
    public static async Task<EvaluationOutcome> EvaluateAsync(StudySession session, EvaluateRequest request, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var study = await StudyCases.LoadAsync(session, request.Coder, cancellationToken);
        if (study.Cases.Count < request.Folds)
        {
            throw new InputException("--folds", null, $"{request.Folds} folds need at least {request.Folds} coded interviews; {request.Coder} coded {study.Cases.Count}");
        }
        var classifier = request.Classifier.ToLowerInvariant();
        if (classifier is not (ClassifierFactory.Embedded or ClassifierFactory.Trained or LlmClassifierFactory.Name))
        {
            throw new InputException("--classifier", null, $"'{request.Classifier}' is not a classifier here (embedded, trained, llm)");
        }
        if (request.Sizes.Count > 0 && classifier == LlmClassifierFactory.Name)
        {
            throw new InputException("--learning-curve", null, "a learning curve is of the trained classifier (it learns from coded interviews); the llm classifier is not trained");
        }
        // Settings and the privacy guard fail before anything is embedded.
        var llmConnection = classifier == LlmClassifierFactory.Name ? LlmSetup.Connect(session) : null;
        var embedded = await ClassifierFactory.CreateEmbeddedAsync(session, study.Codebook, study.Passages, calibrated: false, cancellationToken);
        var trainer = session.Configuration.Bind<TrainerOptions>(TrainerOptions.Section);
        ClassifierEvaluator.ClassifierFactory zeroShot = (_, _, _) => embedded;
        ClassifierEvaluator.ClassifierFactory trained = (training, codes, ct) => TrainedClassifierTrainer.Train(embedded, training, codes, request.Coder, trainer, rejected: study.Rejected, cancellationToken: ct);
        var llm = llmConnection is null ? null : LlmClassifierFactory.Create(session, study.Codebook, study.Passages, embedded, llmConnection);
        ClassifierEvaluator.ClassifierFactory llmFactory = (_, _, _) => llm!;
        var notes = new List<string>();

        if (request.Sizes.Count > 0)
        {
            var curve = await LearningCurve.RunAsync(trained, zeroShot, study.Cases, study.Codes, study.Codebook.Codebook, request.Coder, request.Folds, request.Sizes, progress ?? new Progress<string>(), cancellationToken);
            return new EvaluationOutcome(null, curve, notes);
        }

        var plan = new EvaluationPlan(request.Folds) { NearestSentence = NearestSentence(embedded) };
        var comparison = await ClassifierComparisonRunner.RunAsync(
            classifier == ClassifierFactory.Trained ? trained : classifier == LlmClassifierFactory.Name ? llmFactory : zeroShot,
            classifier == ClassifierFactory.Embedded ? null : zeroShot,
            study.Cases, study.Codes, study.Codebook.Codebook, request.Coder, plan, progress ?? new Progress<string>(), cancellationToken);
        if (classifier == ClassifierFactory.Embedded && comparison.Main.Pairs.Count > 0)
        {
            // The zero-shot classifier's confidence is calibrated on what this coder kept; precode uses it from now on.
            CalibrationFile.Save(session.Folder.ModelsDirectory, ClassifierFactory.Embedded, IsotonicCalibrator.Fit(comparison.Main.Pairs.Select(p => (p.Confidence, p.Exact)).ToArray()), $"{request.Coder}, {comparison.Main.Pairs.Count} held-out codes");
            await StudyFiles.PushAsync(session, session.Folder.ModelsDirectory, cancellationToken);
            notes.Add($"confidence calibration saved to {CalibrationFile.PathFor(session.Folder.ModelsDirectory, ClassifierFactory.Embedded)}");
        }
        notes.AddRange(comparison.NotBetterThanBaseRate.Select(v => $"warning: {v}: {comparison.Main.Classifier} is not better than the coder's base rate (always the most common code)"));
        if (llm?.Usage is { } usage)
        {
            notes.Add(usage.ToText());
        }
        return new EvaluationOutcome(comparison, null, notes);
    }

    /// <summary>The zero-shot evidence baseline: the interview's sentence nearest the variable's description. The last interview's reading is kept, since codes come interview by interview.</summary>
    private static Func<InterviewCase, string, string?> NearestSentence(EmbeddedClassifier embedded)
    {
        (string Id, InterviewAnalysis Analysis)? last = null;
        return (interview, variable) =>
        {
            lock (embedded)
            {
                if (last?.Id != interview.InterviewId)
                {
                    last = (interview.InterviewId, embedded.Analyse(interview, CancellationToken.None));
                }
                return last.Value.Analysis.Mentions.TryGetValue(variable, out var m) && m.Ranked.Count > 0 ? m.Ranked[0].Text : null;
            }
        };
    }
}
