using System.Globalization;
using System.Text.Json;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using PreCoder.Core.Errors;
using PreCoder.Core.Team;

namespace PreCoder.Application.Team;

/// <summary>
/// <c>precoder run PIPELINE --distributed</c>: instead of running the stages here, enqueues one Hangfire job per input
/// file and stage, each stage a continuation of the same file's previous stage, so stage order holds per file while
/// files go through in parallel on every worker. Study-wide stages (codebook, attributes...) may only lead the
/// pipeline: they run as one job each, first, and every file's chain continues from the last of them.
/// </summary>
public static class DistributedRuns
{
    public static async Task<BatchEnqueued> EnqueueAsync(StudySession session, PipelineRunRequest request, CancellationToken cancellationToken)
    {
        var definition = PipelineDefinition.Load(request.Pipeline);
        var (storage, _) = await TeamStudy.OpenAsync(session, cancellationToken);
        PipelineRuns.UseModel(session, request.Model);
        var stages = definition.Stages.Select((s, i) => (Index: i, Step: s, Stage: StageRegistry.Create(s.Stage), Input: new StageInput(Absolute(request.Input), s.Options))).ToArray();
        var head = stages.TakeWhile(s => StageScopes.Of(s.Stage) == StageScope.Study).ToArray();
        var perFile = stages.Skip(head.Length).ToArray();
        if (perFile.FirstOrDefault(s => StageScopes.Of(s.Stage) == StageScope.Study) is { Stage: not null } late)
        {
            throw new InputException(request.Pipeline, late.Step.Line,
                $"stage {late.Stage.Name} works on the whole study, so in a distributed run it can only come before the per-file stages; run it afterwards with 'precoder run' (without --distributed)");
        }
        if (perFile.Length > 0 && StageScopes.Of(perFile[0].Stage) != StageScope.File)
        {
            throw new InputException(request.Pipeline, perFile[0].Step.Line,
                $"stage {perFile[0].Stage.Name} works per interview; a distributed run's per-file part must start with a stage that reads files (import, transcribe)");
        }
        var files = perFile.Length == 0 ? [] : await perFile[0].Stage.PlanAsync(session, perFile[0].Input, cancellationToken);
        var batch = session.Time.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];
        var now = session.Time.GetUtcNow();
        WorkItem Row((int Index, StageStep Step, IItemStage Stage, StageInput Input) s, string? source, string? hash) => new()
        {
            Batch = batch,
            Stage = s.Stage.Name,
            StageIndex = s.Index,
            Source = source,
            Options = JsonSerializer.Serialize(s.Step.Options),
            Inputs = JsonSerializer.Serialize(s.Input.Paths),
            InputHash = hash,
            State = WorkItemState.Awaiting,
            EnqueuedAt = now,
        };
        var headRows = head.Select(s => Row(s, null, null)).ToList();
        var chains = files.Select(f => perFile.Select((s, i) => Row(s, f.Key, i == 0 ? f.InputHash : null)).ToList()).ToList();
        await using (var db = session.CreateDb())
        {
            db.WorkItems.AddRange(headRows);
            db.WorkItems.AddRange(chains.SelectMany(c => c));
            await db.SaveChangesAsync(cancellationToken);
        }
        var client = new BackgroundJobClient(storage);
        var last = Enqueue(client, headRows, null);
        foreach (var chain in chains)
        {
            Enqueue(client, chain, last);
        }
        await using (var db = session.CreateDb())
        {
            db.WorkItems.UpdateRange(headRows.Concat(chains.SelectMany(c => c)));
            await db.SaveChangesAsync(cancellationToken);
        }
        return new BatchEnqueued(batch, definition.Name, files.Count, headRows.Count + chains.Sum(c => c.Count));
    }

    /// <summary>Enqueues rows in order, each a continuation of the one before (the first of <paramref name="parent"/> when given); returns the last job id.</summary>
    private static string? Enqueue(IBackgroundJobClient client, IEnumerable<WorkItem> rows, string? parent)
    {
        foreach (var row in rows)
        {
            var queue = TeamQueues.For(row.Stage);
            var id = row.Id;
            // The queue is part of the job, not only of its first state: retries and requeues stay on it.
            var job = Job.FromExpression<StageJob>(j => j.RunAsync(id, null, CancellationToken.None), queue);
            row.JobId = parent is null
                ? client.Create(job, new EnqueuedState(queue))
                : client.Create(job, new AwaitingState(parent, new EnqueuedState(queue), JobContinuationOptions.OnlyOnSucceededState));
            row.State = parent is null ? WorkItemState.Queued : WorkItemState.Awaiting;
            parent = row.JobId;
        }
        return parent;
    }

    /// <summary>Workers on other machines resolve the same paths: they must be absolute (and mounted alike everywhere).</summary>
    private static string[] Absolute(IEnumerable<string> paths) => paths.Select(Path.GetFullPath).ToArray();
}
