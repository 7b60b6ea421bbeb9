using PreCoder.Classification.Calibration;
using PreCoder.Classification.Evaluation;
using PreCoder.Classification.Trained;

namespace PreCoder.Application.Training;

/// <summary>
/// Trains a classifier from one coder's codes and quoted evidence through the pipeline engine: the run is recorded, and
/// training again with the same codes, passages and options keeps the saved model instead of repeating the work.
/// </summary>
public static class StudyTraining
{
    public static async Task<TrainResult> TrainAsync(StudySession session, TrainRequest request, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var stage = new TrainStage(progress);
        var run = await new PipelineRunner(session).RunAsync("train", [(stage, new StageInput([], request.StageOptions()))], cancellationToken);
        var outcome = run.Items.Single();
        if (outcome.Status == ItemStatus.Failed)
        {
            throw new Core.Errors.InputException("train", null, outcome.Error ?? "training failed");
        }
        var path = ModelPath(session, request.Coder);
        var metadata = TrainedClassifier.ReadMetadata(path);
        return new TrainResult(path, metadata, metadata.CrossValidation, outcome.Status == ItemStatus.Done);
    }

    public static string ModelPath(StudySession session, string coder) =>
        Path.Combine(session.Folder.ModelsDirectory, $"trained-{string.Concat(coder.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_'))}.zip");

    /// <summary>Cross-validates (when asked), then trains on every coded interview and saves the model with its scores and calibration.</summary>
    internal static async Task TrainAndSaveAsync(StudySession session, TrainRequest request, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var study = await StudyCases.LoadAsync(session, request.Coder, cancellationToken);
        var embedded = await ClassifierFactory.CreateEmbeddedAsync(session, study.Codebook, study.Passages, calibrated: false, cancellationToken);
        var options = session.Configuration.Bind<TrainerOptions>(TrainerOptions.Section);
        CrossValidatedScores? scores = null;
        (double[], double[])? calibration = null;
        if (request.Folds >= 2)
        {
            var folds = Math.Min(request.Folds, study.Cases.Count);
            var report = await ClassifierEvaluator.EvaluateAsync(
                (training, codes, ct) => TrainedClassifierTrainer.Train(embedded, training, codes, request.Coder, options, rejected: study.Rejected, cancellationToken: ct),
                study.Cases, study.Codes, study.Codebook.Codebook, request.Coder, folds,
                new Progress<string>(m => progress?.Report($"cross-validation {m}")), cancellationToken);
            var o = report.Overall;
            var passageF1 = report.PassageVariables.Select(v => v.MacroF1).Where(double.IsFinite).ToArray();
            scores = new CrossValidatedScores(
                folds,
                CrossValidatedScores.Finite(o.QuadraticKappa),
                CrossValidatedScores.Finite(o.KrippendorffOrdinalAlpha),
                CrossValidatedScores.Finite(o.PresenceF1),
                CrossValidatedScores.Finite(o.ExactAgreement),
                CrossValidatedScores.Finite(o.EvidenceTokenF1),
                passageF1.Length > 0 ? passageF1.Average() : null);
            var fitted = IsotonicCalibrator.Fit(report.Pairs.Select(p => (p.Confidence, p.Exact)).ToArray());
            calibration = (fitted.Raw.ToArray(), fitted.Calibrated.ToArray());
        }
        var model = TrainedClassifierTrainer.Train(embedded, study.Cases, study.Codes, request.Coder, options, session.Time, scores, calibration, study.Rejected, cancellationToken);
        model.Save(ModelPath(session, request.Coder));
        // A study in PostgreSQL keeps its models in the database, where the workers and the server find them.
        await StudyFiles.PushAsync(session, session.Folder.ModelsDirectory, cancellationToken);
    }
}
