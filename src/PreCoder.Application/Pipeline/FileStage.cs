
namespace PreCoder.Application.Pipeline;

/// <summary>A stage whose one item is the file its <c>file</c> option names (a codebook, an attributes or codes CSV).</summary>
public abstract class FileStage : IItemStage<FileStageOptions>
{
    public abstract string Name { get; }

    public Task<IReadOnlyList<StageItem>> PlanAsync(StudySession session, StageInput input, CancellationToken cancellationToken)
    {
        var path = input.ResolvePath("file");
        if (!File.Exists(path))
        {
            throw new Core.Errors.InputException(path, null, $"file not found (stage {Name}, option 'file')");
        }
        IReadOnlyList<StageItem> items = [new StageItem(path, ContentHash.OfFile(path, input.Options), path)];
        return Task.FromResult(items);
    }

    public abstract Task<string> RunAsync(StudySession session, StageInput input, StageItem item, CancellationToken cancellationToken);
}
