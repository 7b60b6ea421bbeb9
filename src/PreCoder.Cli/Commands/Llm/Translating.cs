using Microsoft.EntityFrameworkCore;
using PreCoder.Cli.Infrastructure;
using PreCoder.Core.Passages;
using PreCoder.Core.Transcripts;
using PreCoder.Llm.Chat;
using PreCoder.Llm.Translation;

namespace PreCoder.Cli.Commands.Llm;

/// <summary>
/// Fills the English of imported non-English segments through the study's language model, segment by segment, and
/// the English of the passages made of them. Each interview is saved in its own transaction as soon as it is done, so
/// a killed run resumes where it stopped (and what was already answered comes from the cache). A segment the model
/// cannot translate keeps no English and is reported; nothing stored is overwritten.
/// </summary>
public static class Translating
{
    /// <summary>True for a segment to translate: its language is known and not English, and it has no English yet.</summary>
    public static bool NeedsEnglish(Segment s) =>
        s.English is null && !string.IsNullOrWhiteSpace(s.Text) && s.Language is { Length: > 0 } l && !l.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    public static async Task<TranslationOutcome> RunAsync(Session session, IReadOnlyList<string> interviews, Action<string> progress, CancellationToken cancellationToken)
    {
        using var connection = LlmSetup.Connect(session);
        List<Segment> all;
        Core.Codebooks.Codebook? codebook = null;
        await using (var db = session.CreateDb())
        {
            all = await db.Segments.AsNoTracking().OrderBy(s => s.InterviewId).ThenBy(s => s.Index).ToListAsync(cancellationToken);
            if (await Store.Codebooks.CodebookVersions.LatestAsync(db, cancellationToken) is not null)
            {
                codebook = (await StudyCodebook.LoadAsync(db, cancellationToken)).Codebook;
            }
        }
        var known = all.Select(s => s.InterviewId).ToHashSet(StringComparer.Ordinal);
        var unknown = interviews.Where(i => !known.Contains(i)).ToArray();
        if (unknown.Length > 0)
        {
            throw new Core.Errors.InputException("--interview", null, $"no segments for interview(s) {string.Join(", ", unknown)}");
        }
        var pseudonymiser = connection.PseudonymiserFor(all.Select(s => s.Text), all.Select(s => s.Speaker).Distinct(StringComparer.Ordinal), LlmSetup.Vocabulary(codebook));
        var translator = new SegmentTranslator(connection.Chat, connection.Options.Model, pseudonymiser);
        var targets = all.Where(s => (interviews.Count == 0 || interviews.Contains(s.InterviewId)) && NeedsEnglish(s)).GroupBy(s => s.InterviewId).ToArray();
        var failed = new List<string>();
        var translated = 0;
        foreach (var interview in targets)
        {
            var english = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
            await Parallel.ForEachAsync(interview, new ParallelOptions { MaxDegreeOfParallelism = connection.Options.MaxConcurrency, CancellationToken = cancellationToken }, async (segment, token) =>
            {
                try
                {
                    english[segment.Id] = await translator.TranslateAsync(segment.Text, segment.Language, token);
                }
                catch (LlmCallException ex)
                {
                    lock (failed)
                    {
                        failed.Add($"{segment.InterviewId}/{segment.Id}: {ex.Message}");
                    }
                }
            });
            await SaveAsync(session, interview.Key, english, cancellationToken);
            translated += english.Count;
            progress($"{interview.Key}: {english.Count} of {interview.Count()} segments translated");
        }
        return new TranslationOutcome(targets.Length, translated, failed, translator.Source, connection.Usage.ToText());
    }

    private static async Task SaveAsync(Session session, string interviewId, IReadOnlyDictionary<string, string> english, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var segments = await db.Segments.Where(s => s.InterviewId == interviewId).ToListAsync(cancellationToken);
        foreach (var s in segments)
        {
            // Only segments still without English: a person's translation stored meanwhile is never replaced.
            if (s.English is null && english.TryGetValue(s.Id, out var text))
            {
                s.English = text;
                s.Flags |= TrustFlags.MachineTranslation;
            }
        }
        var byId = segments.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var p in await db.Passages.Where(p => p.InterviewId == interviewId).ToListAsync(cancellationToken))
        {
            if (p.English is null && PassageEnglish.Of(p, byId) is { } passageEnglish)
            {
                var entry = db.Entry(p);
                entry.Property(x => x.English).CurrentValue = passageEnglish;
                entry.Property(x => x.Flags).CurrentValue = p.SegmentIds.Aggregate(TrustFlags.None, (f, id) => f | byId[id].Flags);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }
}
