using System.ComponentModel;
using PreCoder.Classification.Calibration;
using PreCoder.Classification.Evaluation;
using PreCoder.Classification.Trained;
using PreCoder.Cli.Infrastructure;

namespace PreCoder.Cli.Commands.Classification;

[Description("Train a classifier from a coder's codes and cited evidence; saves models/trained-CODER.zip with its metadata.")]
public sealed class TrainCommand : StudyCommand<TrainSettings>
{
    protected override async Task<int> RunAsync(StudySession session, TrainSettings settings, CancellationToken cancellationToken)
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
        var model = TrainedClassifierTrainer.Train(embedded, study.Cases, study.Codes, settings.Coder, options, TimeProvider.System, scores, calibration, cancellationToken);
        var path = Path.Combine(session.Folder.ModelsDirectory, $"trained-{Safe(settings.Coder)}.zip");
        model.Save(path);
        var m = model.Metadata;
        var text = $"trained {m.Id} on {m.TrainingInterviews} interviews ({m.TrainingPairs} codes) of {m.Coder}, codebook {m.CodebookId} v{m.CodebookVersion}, {m.Variables.Count(v => v.Kind == PreCoder.Classification.Learning.VariableModelKind.Learned)} of {m.Variables.Count} variables with a learned score model, {m.Variables.Count(v => v.Sentences == PreCoder.Classification.Learning.SentenceSource.Own)} with learned evidence, {m.PassageModels.Count} passage-level variables learned"
            + (scores is null ? "" : $"{Environment.NewLine}cross-validated ({scores.Folds} folds): quadratic kappa {EvaluationText.N(scores.QuadraticKappa)}, ordinal alpha {EvaluationText.N(scores.KrippendorffOrdinalAlpha)}, presence F1 {EvaluationText.N(scores.PresenceF1)}, exact {EvaluationText.N(scores.ExactAgreement)}, evidence token F1 {EvaluationText.N(scores.EvidenceTokenF1)}, passage macro-F1 {EvaluationText.N(scores.PassageMacroF1)}")
            + $"{Environment.NewLine}saved {(m.InterviewModel ? $"{path} and " : "")}{TrainedClassifier.MetadataPath(path)}{(m.PassageModels.Count > 0 ? $" with {m.PassageModels.Count} passage model(s) beside it" : "")}";
        Output.Result(new { model = m.Id, path, metadata = TrainedClassifier.MetadataPath(path), m.TrainingInterviews, m.TrainingPairs, crossValidation = scores }, text);
        return 0;
    }

    private static string Safe(string name) => string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}
