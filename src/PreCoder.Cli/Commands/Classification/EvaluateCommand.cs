using System.ComponentModel;
using PreCoder.Classification.Calibration;
using PreCoder.Classification.Classifiers;
using PreCoder.Classification.Evaluation;
using PreCoder.Classification.Trained;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;

namespace PreCoder.Cli.Commands.Classification;

[Description("Cross-validate a classifier against a coder: agreement per variable and overall on held-out interviews.")]
public sealed class EvaluateCommand : StudyCommand<EvaluateSettings>
{
    protected override async Task<int> RunAsync(Session session, EvaluateSettings settings, CancellationToken cancellationToken)
    {
        var study = await StudyCases.LoadAsync(session, settings.Coder, cancellationToken);
        if (study.Cases.Count < settings.Folds)
        {
            throw new InputException("--folds", null, $"{settings.Folds} folds need at least {settings.Folds} coded interviews; {settings.Coder} coded {study.Cases.Count}");
        }
        var embedded = await ClassifierFactory.CreateEmbeddedAsync(session, study.Codebook, study.Passages, calibrated: false, cancellationToken);
        var trainer = session.Configuration.Bind<TrainerOptions>(TrainerOptions.Section);
        ClassifierEvaluator.ClassifierFactory factory = settings.Classifier.ToLowerInvariant() switch
        {
            ClassifierFactory.Embedded => (_, _, _) => embedded,
            ClassifierFactory.Trained => (training, codes, ct) => TrainedClassifierTrainer.Train(embedded, training, codes, settings.Coder, trainer, cancellationToken: ct),
            _ => throw new InputException("--classifier", null, $"'{settings.Classifier}' is not a classifier here (embedded, trained)"),
        };
        var report = await ClassifierEvaluator.EvaluateAsync(factory, study.Cases, study.Codes, study.Codebook.Codebook, settings.Coder, settings.Folds,
            new Progress<string>(m => Console.Error.WriteLine(m)), cancellationToken);
        if (settings.Classifier.Equals(ClassifierFactory.Embedded, StringComparison.OrdinalIgnoreCase) && report.Pairs.Count > 0)
        {
            // The zero-shot classifier's confidence is calibrated on what this coder kept; precode uses it from now on.
            CalibrationFile.Save(session.Folder.ModelsDirectory, ClassifierFactory.Embedded, IsotonicCalibrator.Fit(report.Pairs.Select(p => (p.Confidence, p.Exact)).ToArray()), $"{settings.Coder}, {report.Pairs.Count} held-out codes");
            Console.Error.WriteLine($"confidence calibration saved to {CalibrationFile.PathFor(session.Folder.ModelsDirectory, ClassifierFactory.Embedded)}");
        }
        session.Output.Result(settings.Pairs ? report : report with { Pairs = [] }, EvaluationText.Format(report));
        return 0;
    }
}
