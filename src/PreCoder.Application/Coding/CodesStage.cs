
namespace PreCoder.Application.Coding;

/// <summary>The <c>codes</c> stage: imports the human codes CSV its <c>file</c> option names.</summary>
public sealed class CodesStage : FileStage
{
    public const string StageName = "codes";

    public override string Name => StageName;

    public override async Task<string> RunAsync(StudySession session, StageInput input, StageItem item, CancellationToken cancellationToken)
    {
        var r = await CodesImporter.ImportAsync(session, item.Path!, cancellationToken);
        return $"{r.Rows} rows, {r.Added} recorded, coders {string.Join(", ", r.Coders)}";
    }
}
