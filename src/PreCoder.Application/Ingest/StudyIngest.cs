using PreCoder.Core.Errors;

namespace PreCoder.Application.Ingest;

/// <summary>Imports transcripts and, where a transcriber is available, transcribes recordings: one pipeline run named <c>ingest</c>.</summary>
public static class StudyIngest
{
    public static async Task<RunReport> RunAsync(StudySession session, IngestRequest request, IRunProgress? progress, CancellationToken cancellationToken)
    {
        PipelineRuns.UseModel(session, request.Model);
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["format"] = request.Format };
        if (request.Map is not null) options["map"] = request.Map;
        if (request.Roles is not null) options["roles"] = request.Roles;
        if (request.Passages is not null) options["passages"] = request.Passages;
        var input = new StageInput(request.Paths, options);
        var stages = new List<(IItemStage, StageInput)> { (StageRegistry.Create(ImportStage.StageName), input) };
        if (StageRegistry.Names.Contains("transcribe", StringComparer.OrdinalIgnoreCase))
        {
            // Recordings take only the passage mode of the import options (format, map and roles are about transcript files).
            var passages = request.Passages is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["passages"] = request.Passages };
            stages.Add((StageRegistry.Create(TranscribeStage.StageName), input with { Options = passages, HashedOptions = options }));
        }
        var report = await new PipelineRunner(session, progress).RunAsync("ingest", stages, cancellationToken);
        if (report.Items.Count == 0)
        {
            throw new InputException(string.Join(" ", request.Paths), null, "no transcript or recording files found");
        }
        return report;
    }
}
