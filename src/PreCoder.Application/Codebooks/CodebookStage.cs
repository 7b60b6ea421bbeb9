
namespace PreCoder.Application.Codebooks;

/// <summary>The <c>codebook</c> stage: imports the codebook file its <c>file</c> option names.</summary>
public sealed class CodebookStage : FileStage
{
    public const string StageName = "codebook";

    public override string Name => StageName;

    public override async Task<string> RunAsync(StudySession session, StageInput input, StageItem item, CancellationToken cancellationToken)
    {
        var r = await CodebookImport.ImportAsync(session, item.Path!, cancellationToken);
        return $"version {r.Version}{(r.Created ? "" : " (unchanged)")}, {r.Variables} variables";
    }
}
