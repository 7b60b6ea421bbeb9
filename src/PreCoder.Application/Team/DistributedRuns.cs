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
/// files go through in parallel on every worker. Study-wide stages (codebook, codes, train, reports...) run as one job
/// each: those leading the pipeline first, every file's chain continuing from the last of them; those after per-file
/// stages behind a <see cref="BatchGate"/> that opens when every file's chain is done (per-file stages after them fan
/// out again, one chain per file).
/// </summary>
public static class DistributedRuns
{
    public static async Task<BatchEnqueued> EnqueueAsync(StudySession session, PipelineRunRequest request, CancellationToken cancellationToken)
    {
        var definition = PipelineDefinition.Load(request.Pipeline);
        var (storage, _) = await TeamStudy.OpenAsync(session, cancellationToken);
        PipelineRuns.UseModel(session, request.Model);
        var stages = definition.Stages.Select((s, i) => new PlannedStage(i, s, StageRegistry.Create(s.Stage), new StageInput(Absolute(request.Input), s.Options))).ToArray();
        var segments = BatchSegments.Split(request.Pipeline, stages);
        var reader = segments.FirstOrDefault(s => !s.StudyWide)?.Stages[0];
        var files = reader is null ? [] : await reader.Stage.PlanAsync(session, reader.Input, cancellationToken);
        var batch = session.Time.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];
        var now = session.Time.GetUtcNow();
        WorkItem Row(PlannedStage s, string? source, string? hash) => new()
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
        // Per segment: the study-wide rows in order, or one chain of rows per file (only the file reader checks a hash).
        var rows = segments.Select(segment => segment.StudyWide
            ? [segment.Stages.Select(s => Row(s, null, null)).ToList()]
            : files.Select(f => segment.Stages.Select(s => Row(s, f.Key, s == reader ? f.InputHash : null)).ToList()).ToList()).ToList();
        var all = rows.SelectMany(r => r).SelectMany(c => c).ToList();
        await using (var db = session.CreateDb())
        {
            db.WorkItems.AddRange(all);
            await db.SaveChangesAsync(cancellationToken);
        }
        var client = new BackgroundJobClient(storage);
        string? last = null;
        var gates = 0;
        foreach (var (segment, chains) in segments.Zip(rows))
        {
            // Per-file chains all continue from the same study-wide job; the next study-wide stage waits behind a gate.
            var parent = segment.Gated ? Gate(client, batch, segment.Stages[0], last) : last;
            gates += segment.Gated ? 1 : 0;
            var ends = chains.Select(chain => Enqueue(client, chain, parent)).ToList();
            last = segment.StudyWide ? ends.Single() : last;
        }
        await using (var db = session.CreateDb())
        {
            db.WorkItems.UpdateRange(all);
            await db.SaveChangesAsync(cancellationToken);
        }
        return new BatchEnqueued(batch, definition.Name, files.Count, all.Count + gates);
    }

    /// <summary>
    /// A <see cref="BatchGate"/> in front of <paramref name="next"/>, on that stage's queue (a worker that can run the
    /// stage looks for it), starting after <paramref name="parent"/>; returns its job id.
    /// </summary>
    private static string Gate(IBackgroundJobClient client, string batch, PlannedStage next, string? parent)
    {
        var queue = TeamQueues.For(next.Stage.Name);
        var index = next.Index;
        var job = Job.FromExpression<BatchGate>(g => g.RunAsync(batch, index, CancellationToken.None), queue);
        return parent is null
            ? client.Create(job, new EnqueuedState(queue))
            : client.Create(job, new AwaitingState(parent, new EnqueuedState(queue), JobContinuationOptions.OnlyOnSucceededState));
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
