using Microsoft.EntityFrameworkCore;
using PreCoder.Classification.Trained;
using PreCoder.Core.Coding;

namespace PreCoder.Application.Training;

/// <summary>
/// The <c>train</c> stage: one item per coder. Its hash covers the coder's current codes (through the latest decision),
/// the passages, the codebook version, the trainer settings and the options, so a changed code retrains and an
/// unchanged study keeps its model. Options: coder (required), folds.
/// </summary>
public sealed class TrainStage(IProgress<string>? progress = null) : IItemStage<TrainStageOptions>
{
    public const string StageName = "train";

    public TrainStage()
        : this(null)
    {
    }

    public string Name => StageName;

    public async Task<IReadOnlyList<StageItem>> PlanAsync(StudySession session, StageInput input, CancellationToken cancellationToken)
    {
        var coder = input.OptionsAs<TrainStageOptions>().Coder!;
        // Whether the model exists is judged on the shared study's models, not only this machine's copy.
        await StudyFiles.PullAsync(session, session.Folder.ModelsDirectory, cancellationToken);
        await using var db = session.CreateDb();
        var latest = await db.Decisions.Where(d => d.CoderId == coder).MaxAsync(d => (long?)d.Id, cancellationToken);
        var count = await db.Decisions.CountAsync(d => d.CoderId == coder, cancellationToken);
        var passages = await db.Passages.CountAsync(cancellationToken);
        var passageMax = await db.Passages.MaxAsync(p => p.Id, cancellationToken);
        var codebook = await db.CodebookVersions.MaxAsync(v => (int?)v.Version, cancellationToken);
        var trainer = session.Configuration.GetSection(TrainerOptions.Section).GetChildren().Select(c => $"{c.Key}={c.Value}");
        var model = StudyTraining.ModelPath(session, coder);
        if (!File.Exists(model) || !File.Exists(TrainedClassifier.MetadataPath(model)))
        {
            // The record says trained but the model is gone: forget the record, so the model is trained again.
            await db.StageRuns.Where(r => r.Stage == Name && r.Item == coder).ExecuteDeleteAsync(cancellationToken);
        }
        return [new StageItem(coder, ContentHash.OfText($"{latest}/{count}/{passages}/{passageMax}/{codebook}", input.Options, string.Join(";", trainer)))];
    }

    public async Task<string> RunAsync(StudySession session, StageInput input, StageItem item, CancellationToken cancellationToken)
    {
        var request = new TrainRequest(item.Key, input.OptionsAs<TrainStageOptions>().Folds);
        await StudyTraining.TrainAndSaveAsync(session, request, progress, cancellationToken);
        return $"model {Path.GetFileName(StudyTraining.ModelPath(session, item.Key))}";
    }
}
