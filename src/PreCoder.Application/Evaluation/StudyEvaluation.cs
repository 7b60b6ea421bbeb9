using PreCoder.Classification.Calibration;
using PreCoder.Classification.Evaluation;
using PreCoder.Core.Errors;

namespace PreCoder.Application.Evaluation;

/// <summary>
/// Cross-validates a classifier against a coder beside the coder's base rate and zero-shot, or draws the learning curve
/// of the trained classifier, through the pipeline engine: each fold (or point of the curve) is an item with a run
/// record, so Ctrl-C or a killed process loses at most the item in progress and running again resumes with the rest.
/// Evaluating the embedded classifier also calibrates its confidence on what the coder kept.
/// </summary>
public static class StudyEvaluation
{
    public static async Task<EvaluationOutcome> EvaluateAsync(StudySession session, EvaluateRequest request, IRunProgress? runProgress, IProgress<string>? progress, CancellationToken cancellationToken)
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
        if (classifier == LlmClassifierFactory.Name)
        {
            // The study's privacy settings refuse a remote model before any fold is planned, once, not per fold.
            using var connection = LlmSetup.Connect(session);
        }

        var stage = new EvaluateStage(progress);
        var run = await new PipelineRunner(session, runProgress).RunAsync(EvaluateStage.StageName, [(stage, new StageInput([], request.StageOptions()))], cancellationToken);
        if (run.Items.FirstOrDefault(i => i.Status == ItemStatus.Failed) is { } failed)
        {
            throw new InputException("evaluate", null, $"{run.Failed} of {run.Items.Count} fold(s) failed ({failed.Item}: {failed.Error}); running again redoes only those");
        }
        var notes = new List<string>();
        if (run.Skipped > 0)
        {
            var parts = request.Sizes.Count > 0 ? "part(s) of the learning curve" : "fold(s)";
            notes.Add($"{run.Skipped} of {run.Items.Count} {parts} kept from an earlier run with the same codes, passages and settings");
        }
        if (request.Sizes.Count > 0)
        {
            var points = stage.Planned.Where(i => EvaluateStage.CurvePointSize(i) is not null).Select(i => Saved<LearningCurvePoint>(session, i));
            var zeroShot = Saved<EvaluationReport>(session, stage.Planned.Single(EvaluateStage.IsCurveZeroShot));
            return new EvaluationOutcome(null, LearningCurve.Assemble(request.Coder, request.Folds, study.Cases.Count, request.Sizes, points, zeroShot), notes);
        }

        var folds = stage.Planned.Select(i => Saved<FoldComparison>(session, i)).ToArray();
        var comparison = ClassifierComparisonRunner.Combine(folds, new EvaluationSet(study.Cases, study.Codes, study.Codebook.Codebook, request.Coder), new EvaluationPlan(request.Folds));
        if (classifier == ClassifierFactory.Embedded && comparison.Main.Pairs.Count > 0)
        {
            // The zero-shot classifier's confidence is calibrated on what this coder kept; precode uses it from now on.
            CalibrationFile.Save(session.Folder.ModelsDirectory, ClassifierFactory.Embedded, IsotonicCalibrator.Fit(comparison.Main.Pairs.Select(p => (p.Confidence, p.Exact)).ToArray()), $"{request.Coder}, {comparison.Main.Pairs.Count} held-out codes");
            await StudyFiles.PushAsync(session, session.Folder.ModelsDirectory, cancellationToken);
            notes.Add($"confidence calibration saved to {CalibrationFile.PathFor(session.Folder.ModelsDirectory, ClassifierFactory.Embedded)}");
        }
        notes.AddRange(comparison.NotBetterThanBaseRate.Select(v => $"warning: {v}: {comparison.Main.Classifier} is not better than the coder's base rate (always the most common code)"));
        if (stage.LlmUsage is { } usage)
        {
            notes.Add(usage);
        }
        return new EvaluationOutcome(comparison, null, notes);
    }

    private static T Saved<T>(StudySession session, StageItem item)
        where T : class =>
        EvaluationCheckpoints.Load<T>(session, item.Key, item.InputHash)
            ?? throw new UnavailableException($"{EvaluationCheckpoints.PathFor(session, item.Key)}: the result of {item.Key} is missing or stale; run evaluate again");
}
