namespace PreCoder.Application.Pipeline;

/// <summary>Runs a pipeline file (pipelines/*.yaml); a rerun skips finished work.</summary>
public static class PipelineRuns
{
    public static async Task<RunReport> RunAsync(StudySession session, PipelineRunRequest request, IRunProgress? progress, IProgress<string>? notes, CancellationToken cancellationToken)
    {
        var definition = PipelineDefinition.Load(request.Pipeline);
        if (await StudyCreation.EnsureAsync(session, cancellationToken))
        {
            notes?.Report($"created study {session.Folder.Path}");
        }
        UseModel(session, request.Model);
        var stages = definition.Stages
            .Select(s => (StageRegistry.Create(s.Stage), new StageInput(request.Input, s.Options) { Origin = s.Origin }))
            .ToArray();
        return await new PipelineRunner(session, progress).RunAsync(definition.Name, stages, cancellationToken);
    }

    /// <summary>A model file named for this run wins over the configured <c>Transcription:ModelPath</c>.</summary>
    public static void UseModel(StudySession session, string? model)
    {
        if (model is { Length: > 0 })
        {
            session.Configuration["Transcription:ModelPath"] = Path.GetFullPath(model);
        }
    }
}
