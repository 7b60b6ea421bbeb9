using System.ComponentModel;
using System.Text.Json;
using PreCoder.Classification.Calibration;
using PreCoder.Classification.Classifiers;
using PreCoder.Classification.Evaluation;
using PreCoder.Classification.Trained;
using PreCoder.Classification.ZeroShot;
using PreCoder.Cli.Commands.Classification.Rendering;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Errors;

namespace PreCoder.Cli.Commands.Classification;

[Description("Cross-validate a classifier against a coder beside the base rate and zero-shot; --learning-curve shows agreement by number of coded interviews.")]
public sealed class EvaluateCommand : StudyCommand<EvaluateSettings>
{
    protected override async Task<int> RunAsync(StudySession session, EvaluateSettings settings, CancellationToken cancellationToken)
    {
        var study = await StudyCases.LoadAsync(session, settings.Coder, cancellationToken);
        if (study.Cases.Count < settings.Folds)
        {
            throw new InputException("--folds", null, $"{settings.Folds} folds need at least {settings.Folds} coded interviews; {settings.Coder} coded {study.Cases.Count}");
        }
        var classifier = settings.Classifier.ToLowerInvariant();
        if (classifier is not (ClassifierFactory.Embedded or ClassifierFactory.Trained or LlmClassifierFactory.Name))
        {
            throw new InputException("--classifier", null, $"'{settings.Classifier}' is not a classifier here (embedded, trained, llm)");
        }
        if (settings.Sizes.Count > 0 && classifier == LlmClassifierFactory.Name)
        {
            throw new InputException("--learning-curve", null, "a learning curve is of the trained classifier (it learns from coded interviews); the llm classifier is not trained");
        }
        // Settings and the privacy guard fail before anything is embedded.
        var llmConnection = classifier == LlmClassifierFactory.Name ? LlmSetup.Connect(session) : null;
        var embedded = await ClassifierFactory.CreateEmbeddedAsync(session, study.Codebook, study.Passages, calibrated: false, cancellationToken);
        var trainer = session.Configuration.Bind<TrainerOptions>(TrainerOptions.Section);
        ClassifierEvaluator.ClassifierFactory zeroShot = (_, _, _) => embedded;
        ClassifierEvaluator.ClassifierFactory trained = (training, codes, ct) => TrainedClassifierTrainer.Train(embedded, training, codes, settings.Coder, trainer, cancellationToken: ct);
        var llm = llmConnection is null ? null : LlmClassifierFactory.Create(session, study.Codebook, study.Passages, embedded, llmConnection);
        ClassifierEvaluator.ClassifierFactory llmFactory = (_, _, _) => llm!;
        var progress = new Progress<string>(m => Console.Error.WriteLine(m));
        var format = settings.Json ? "json" : settings.Format.ToLowerInvariant();

        if (settings.Sizes.Count > 0)
        {
            var curve = await LearningCurve.RunAsync(trained, zeroShot, study.Cases, study.Codes, study.Codebook.Codebook, settings.Coder, settings.Folds, settings.Sizes, progress, cancellationToken);
            await WriteAsync(settings, format switch
            {
                "csv" => EvaluationCsv.Format(curve),
                "html" => EvaluationHtml.Format(curve),
                "json" => Json(settings.Pairs ? curve : curve with { Points = curve.Points.Select(p => p with { Trained = p.Trained with { Pairs = [] }, BaseRate = p.BaseRate with { Pairs = [] } }).ToArray(), ZeroShot = curve.ZeroShot is null ? null : curve.ZeroShot with { Pairs = [] } }),
                _ => LearningCurveText.Format(curve),
            });
            return 0;
        }

        var plan = new EvaluationPlan(settings.Folds) { NearestSentence = NearestSentence(embedded) };
        var comparison = await ClassifierComparisonRunner.RunAsync(
            classifier == ClassifierFactory.Trained ? trained : classifier == LlmClassifierFactory.Name ? llmFactory : zeroShot,
            classifier == ClassifierFactory.Embedded ? null : zeroShot,
            study.Cases, study.Codes, study.Codebook.Codebook, settings.Coder, plan, progress, cancellationToken);
        if (classifier == ClassifierFactory.Embedded && comparison.Main.Pairs.Count > 0)
        {
            // The zero-shot classifier's confidence is calibrated on what this coder kept; precode uses it from now on.
            CalibrationFile.Save(session.Folder.ModelsDirectory, ClassifierFactory.Embedded, IsotonicCalibrator.Fit(comparison.Main.Pairs.Select(p => (p.Confidence, p.Exact)).ToArray()), $"{settings.Coder}, {comparison.Main.Pairs.Count} held-out codes");
            Console.Error.WriteLine($"confidence calibration saved to {CalibrationFile.PathFor(session.Folder.ModelsDirectory, ClassifierFactory.Embedded)}");
        }
        foreach (var variable in comparison.NotBetterThanBaseRate)
        {
            Console.Error.WriteLine($"warning: {variable}: {comparison.Main.Classifier} is not better than the coder's base rate (always the most common code)");
        }
        await WriteAsync(settings, format switch
        {
            "csv" => EvaluationCsv.Format(comparison),
            "html" => EvaluationHtml.Format(comparison),
            "json" => Json(settings.Pairs ? comparison : comparison with { Main = comparison.Main with { Pairs = [] }, BaseRate = comparison.BaseRate with { Pairs = [] }, ZeroShot = comparison.ZeroShot is null ? null : comparison.ZeroShot with { Pairs = [] } }),
            _ => EvaluationText.Format(comparison),
        });
        if (llm?.Usage is { } usage)
        {
            Console.Error.WriteLine(usage.ToText());
        }
        return 0;
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

    private static string Json(object value) => JsonSerializer.Serialize(value, value.GetType(), Output.JsonOptions);

    private static async Task WriteAsync(EvaluateSettings settings, string text)
    {
        await using var writer = Output.OpenTarget(settings.Out);
        await writer.WriteLineAsync(text);
        if (!string.IsNullOrEmpty(settings.Out) && settings.Out != "-")
        {
            Console.Error.WriteLine($"wrote {settings.Out}");
        }
    }
}
