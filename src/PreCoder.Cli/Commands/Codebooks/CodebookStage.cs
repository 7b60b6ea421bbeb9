using PreCoder.Cli.Infrastructure;
using PreCoder.Cli.Pipeline;

namespace PreCoder.Cli.Commands.Codebooks;

/// <summary>The <c>codebook</c> stage: imports the codebook file its <c>file</c> option names.</summary>
public sealed class CodebookStage : FileStage
{
    public override string Name => "codebook";

    public override async Task<string> RunAsync(Session session, StageInput input, StageItem item, CancellationToken cancellationToken)
    {
        var r = await CodebookImportCommand.ImportAsync(session, item.Path!, cancellationToken);
        return $"version {r.Version}{(r.Created ? "" : " (unchanged)")}, {r.Variables} variables";
    }
}
