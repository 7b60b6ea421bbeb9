using System.ComponentModel;
using PreCoder.Classification.Learning;
using PreCoder.Classification.Trained;
using PreCoder.Cli.Infrastructure;

namespace PreCoder.Cli.Commands.Classification;

[Description("Train a classifier from a coder's codes and cited evidence; saves models/trained-CODER.zip with its metadata. Unchanged codes keep the saved model.")]
public sealed class TrainCommand : StudyCommand<TrainSettings>
{
    protected override async Task<int> RunAsync(StudySession session, TrainSettings settings, CancellationToken cancellationToken)
    {
        var result = await StudyTraining.TrainAsync(session, new TrainRequest(settings.Coder, settings.Folds), new Progress<string>(m => Console.Error.WriteLine(m)), cancellationToken);
        var m = result.Metadata;
        var scores = result.Scores;
        var text = (result.Trained ? "trained" : "unchanged since the last training: kept")
            + $" {m.Id} on {m.TrainingInterviews} interviews ({m.TrainingPairs} codes) of {m.Coder}, codebook {m.CodebookId} v{m.CodebookVersion}, {m.Variables.Count(v => v.Kind == VariableModelKind.Learned)} of {m.Variables.Count} variables with a learned score model, {m.Variables.Count(v => v.Sentences == SentenceSource.Own)} with learned evidence, {m.PassageModels.Count} passage-level variables learned"
            + (scores is null ? "" : $"{Environment.NewLine}cross-validated ({scores.Folds} folds): quadratic kappa {EvaluationText.N(scores.QuadraticKappa)}, ordinal alpha {EvaluationText.N(scores.KrippendorffOrdinalAlpha)}, presence F1 {EvaluationText.N(scores.PresenceF1)}, exact {EvaluationText.N(scores.ExactAgreement)}, evidence token F1 {EvaluationText.N(scores.EvidenceTokenF1)}, passage macro-F1 {EvaluationText.N(scores.PassageMacroF1)}")
            + $"{Environment.NewLine}saved {(m.InterviewModel ? $"{result.Path} and " : "")}{TrainedClassifier.MetadataPath(result.Path)}{(m.PassageModels.Count > 0 ? $" with {m.PassageModels.Count} passage model(s) beside it" : "")}";
        Output.Result(new { model = m.Id, path = result.Path, metadata = TrainedClassifier.MetadataPath(result.Path), m.TrainingInterviews, m.TrainingPairs, crossValidation = scores, trained = result.Trained }, text);
        return 0;
    }
}
