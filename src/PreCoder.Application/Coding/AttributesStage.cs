
namespace PreCoder.Application.Coding;

/// <summary>The <c>attributes</c> stage: imports the attributes CSV its <c>file</c> option names.</summary>
public sealed class AttributesStage : FileStage
{
    public const string StageName = "attributes";

    public override string Name => StageName;

    public override async Task<string> RunAsync(StudySession session, StageInput input, StageItem item, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        var r = await new AttributesImporter(db).ImportAsync(item.Path!, cancellationToken);
        return $"{r.Interviews} interviews, {r.Attributes.Count} attributes";
    }
}
