using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Errors;

namespace PreCoder.Application.Precoding;

/// <summary>
/// Pre-codes a study through the pipeline engine: each interview is one item with a run record, so Ctrl-C or a killed
/// process loses at most the interview in progress, and running again resumes with the interviews not yet done.
/// </summary>
public static class StudyPrecoding
{
    public static async Task<PrecodeResult> RunAsync(StudySession session, PrecodeRequest request, IRunProgress? progress, CancellationToken cancellationToken)
    {
        StudyCodebook codebook;
        await using (var db = session.CreateDb())
        {
            codebook = await StudyCodebook.LoadAsync(db, cancellationToken);
            if (!await db.Passages.AnyAsync(cancellationToken))
            {
                throw new UnavailableException("the study has no passages yet; ingest transcripts first ('precoder ingest DIR')");
            }
        }
        if (request.Classifier.Equals(LlmClassifierFactory.Name, StringComparison.OrdinalIgnoreCase))
        {
            // The study's privacy settings refuse a remote model before any interview is planned, once, not per interview.
            using var connection = LlmSetup.Connect(session);
        }
        var stage = new PrecodeStage();
        var run = await new PipelineRunner(session, progress).RunAsync("precode", [(stage, new StageInput([], request.StageOptions()))], cancellationToken);
        var interviews = run.Items.Select(i => i.Item).ToArray();
        await using (var db = session.CreateDb())
        {
            var name = request.Classifier.ToLowerInvariant();
            var suggestions = await db.Suggestions.AsNoTracking()
                .Where(s => interviews.Contains(s.InterviewId) && s.Classifier == name)
                .ToListAsync(cancellationToken);
            var version = suggestions.OrderByDescending(s => s.CreatedAt).FirstOrDefault()?.ModelVersion ?? "";
            return new PrecodeResult(run, PrecodeSummary.Of(name, version, interviews.Length, suggestions, codebook.Codebook), stage.LlmUsage);
        }
    }
}
