using System.ComponentModel;
using System.Text.Json;
using PreCoder.Cli.Commands.Classification.Rendering;
using PreCoder.Cli.Infrastructure;

namespace PreCoder.Cli.Commands.Classification;

[Description("Cross-validate a classifier against a coder beside the base rate and zero-shot; --learning-curve shows agreement by number of coded interviews. A rerun resumes with the folds a stopped one had not finished.")]
public sealed class EvaluateCommand : StudyCommand<EvaluateSettings>
{
    protected override async Task<int> RunAsync(StudySession session, EvaluateSettings settings, CancellationToken cancellationToken)
    {
        var outcome = await StudyEvaluation.EvaluateAsync(session, new EvaluateRequest(settings.Coder, settings.Classifier, settings.Folds) { Sizes = settings.Sizes },
            ConsoleRunProgress.Instance, new Progress<string>(m => Console.Error.WriteLine(m)), cancellationToken);
        var format = settings.Json ? "json" : settings.Format.ToLowerInvariant();
        if (outcome.Curve is { } curve)
        {
            await WriteAsync(settings, format switch
            {
                "csv" => EvaluationCsv.Format(curve),
                "html" => EvaluationHtml.Format(curve),
                "json" => Json(settings.Pairs ? curve : curve with { Points = curve.Points.Select(p => p with { Trained = p.Trained with { Pairs = [] }, BaseRate = p.BaseRate with { Pairs = [] } }).ToArray(), ZeroShot = curve.ZeroShot is null ? null : curve.ZeroShot with { Pairs = [] } }),
                _ => LearningCurveText.Format(curve),
            });
        }
        else if (outcome.Comparison is { } comparison)
        {
            await WriteAsync(settings, format switch
            {
                "csv" => EvaluationCsv.Format(comparison),
                "html" => EvaluationHtml.Format(comparison),
                "json" => Json(settings.Pairs ? comparison : comparison with { Main = comparison.Main with { Pairs = [] }, BaseRate = comparison.BaseRate with { Pairs = [] }, ZeroShot = comparison.ZeroShot is null ? null : comparison.ZeroShot with { Pairs = [] } }),
                _ => EvaluationText.Format(comparison),
            });
        }
        foreach (var note in outcome.Notes)
        {
            Console.Error.WriteLine(note);
        }
        return 0;
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
