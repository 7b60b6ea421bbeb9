using System.ComponentModel;
using PreCoder.Classification.Calibration;
using PreCoder.Classification.Evaluation;
using PreCoder.Classification.Trained;
using PreCoder.Cli.Infrastructure;

namespace PreCoder.Cli.Commands.Classification;

[Description("Train a classifier from a coder's codes and cited evidence; saves models/trained-CODER.zip with its metadata.")]
public sealed class TrainCommand : StudyCommand<TrainSettings>
{
    protected override async Task<int> RunAsync(Session session, TrainSettings settings, CancellationToken cancellationToken)
    {
        var study = await StudyCases.LoadAsync(session, settings.Coder, cancellationToken);
        var embedded = await ClassifierFactory.CreateEmbeddedAsync(session, study.Codebook, study.Passages, calibrated: false, cancellationToken);
        var options = session.Configuration.Bind<TrainerOptions>(TrainerOptions.Section);
        CrossValidatedScores? scores = null;
        (double[], double[])? calibration = null;
        if (settings.Folds >= 2)
        {
            var folds = Math.Min(settings.Folds, study.Cases.Count);
            var report = await ClassifierEvaluator.EvaluateAsync(
                (training, codes, ct) => TrainedClassifierTrainer.Train(embedded, training, codes, settings.Coder, options, cancellationToken: ct),
                study.Cases, study.Codes, study.Codebook.Codebook, settings.Coder, folds,
                new Progress<string>(m => Console.Error.WriteLine($"cross-validation {m}")), cancellationToken);
            var o = report.Overall;
            scores = new CrossValidatedScores(folds, o.QuadraticKappa ?? double.NaN, o.KrippendorffOrdinalAlpha ?? double.NaN, o.PresenceF1 ?? double.NaN, o.ExactAgreement, o.EvidenceTokenF1);
            var fitted = IsotonicCalibrator.Fit(report.Pairs.Select(p => (p.Confidence, p.Exact)).ToArray());
            calibration = (fitted.Raw.ToArray(), fitted.Calibrated.ToArray());
        }
        var model = TrainedClassifierTrainer.Train(embedded, study.Cases, study.Codes, settings.Coder, options, TimeProvider.System, scores, calibration, cancellationToken);
        var path = Path.Combine(session.Folder.ModelsDirectory, $"trained-{Safe(settings.Coder)}.zip");
        model.Save(path);
        var m = model.Metadata;
        var text = $"trained {m.Id} on {m.TrainingInterviews} interviews ({m.TrainingPairs} codes) of {m.Coder}, codebook {m.CodebookId} v{m.CodebookVersion}, {m.Centroids.Count} variables with learned evidence, {m.PassageModels.Count} passage-level variables learned"
            + (scores is null ? "" : $"{Environment.NewLine}cross-validated ({scores.Folds} folds): quadratic kappa {scores.QuadraticKappa:0.00}, ordinal alpha {scores.KrippendorffOrdinalAlpha:0.00}, presence F1 {scores.PresenceF1:0.00}, exact {scores.ExactAgreement:0.00}, evidence token F1 {scores.EvidenceTokenF1:0.00}")
            + $"{Environment.NewLine}saved {path} and {Path.GetFileName(TrainedClassifier.MetadataPath(path))}";
        session.Output.Result(new { model = m.Id, path, metadata = TrainedClassifier.MetadataPath(path), m.TrainingInterviews, m.TrainingPairs, crossValidation = scores }, text);
        return 0;
    }

    private static string Safe(string name) => string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}
