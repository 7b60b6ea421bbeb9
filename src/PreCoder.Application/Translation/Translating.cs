using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Transcripts;
using PreCoder.Llm;
using PreCoder.Llm.Chat;
using PreCoder.Llm.Translation;

namespace PreCoder.Application.Translation;

/// <summary>
/// Fills the English of imported non-English segments through the study's language model, segment by segment, and
/// the English of the passages made of them: the work shared by <c>translate</c> and the translate stage. Each
/// interview is saved in its own transaction as soon as it is done, so a killed run resumes where it stopped (and what
/// was already answered comes from the cache). A segment the model cannot translate keeps no English and is reported;
/// English already stored is never overwritten.
/// </summary>
public sealed class Translating : IDisposable
{
    private readonly LlmConnection _connection;
    private readonly SegmentTranslator _translator;

    private Translating(LlmConnection connection, SegmentTranslator translator, IReadOnlyList<Segment> segments)
    {
        _connection = connection;
        _translator = translator;
        Segments = segments;
    }

    /// <summary>Every segment of the study, as it was when the run opened.</summary>
    public IReadOnlyList<Segment> Segments { get; }

    /// <summary>Where the English comes from, e.g. <c>llm:llama3.1:8b/translate.v1</c>.</summary>
    public string Source => _translator.Source;

    public string Usage => _connection.Usage.ToText();

    /// <summary>True for a segment to translate: its language is known and not English, and it has no English yet.</summary>
    public static bool NeedsEnglish(Segment s) =>
        s.English is null && !string.IsNullOrWhiteSpace(s.Text) && s.Language is { Length: > 0 } l && !l.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    /// <summary>Checks the settings and the privacy guard, and builds the pseudonymiser over the study's segments.</summary>
    public static async Task<Translating> OpenAsync(StudySession session, CancellationToken cancellationToken)
    {
        var connection = LlmSetup.Connect(session);
        try
        {
            List<Segment> segments;
            Core.Codebooks.Codebook? codebook = null;
            await using (var db = session.CreateDb())
            {
                segments = await db.Segments.AsNoTracking().OrderBy(s => s.InterviewId).ThenBy(s => s.Index).ToListAsync(cancellationToken);
                if (await Store.Codebooks.CodebookVersions.LatestAsync(db, cancellationToken) is not null)
                {
                    codebook = (await StudyCodebook.LoadAsync(db, cancellationToken)).Codebook;
                }
            }
            var pseudonymiser = connection.PseudonymiserFor(segments.Select(s => s.Text), segments.Select(s => s.Speaker).Distinct(StringComparer.Ordinal), LlmSetup.Vocabulary(codebook));
            return new Translating(connection, new SegmentTranslator(connection.Chat, connection.Options.Model, pseudonymiser), segments);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Translates the interview's segments that need English and saves them; returns how many were translated and the failures.</summary>
    public async Task<(int Translated, IReadOnlyList<string> Failed)> InterviewAsync(StudySession session, string interviewId, CancellationToken cancellationToken)
    {
        var targets = Segments.Where(s => s.InterviewId == interviewId && NeedsEnglish(s)).ToArray();
        var english = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var failed = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(targets, new ParallelOptions { MaxDegreeOfParallelism = _connection.Options.MaxConcurrency, CancellationToken = cancellationToken }, async (segment, token) =>
        {
            try
            {
                english[segment.Id] = await _translator.TranslateAsync(segment.Text, segment.Language, token);
            }
            catch (LlmCallException ex)
            {
                failed.Add($"{segment.InterviewId}/{segment.Id}: {ex.Message}");
            }
        });
        if (!english.IsEmpty)
        {
            var saved = await SaveAsync(session, interviewId, english, cancellationToken);
            new TranslationLog(TranslationLog.PathIn(session.Folder.Path)).Append(interviewId, saved, Source, session.Time.GetUtcNow());
        }
        return (english.Count, failed.Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>Stores the translations of segments still without English; returns the ids of those stored.</summary>
    private static async Task<IReadOnlyList<string>> SaveAsync(StudySession session, string interviewId, IReadOnlyDictionary<string, string> english, CancellationToken cancellationToken)
    {
        var saved = new List<string>();
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
                saved.Add(s.Id);
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
        return saved;
    }

    public void Dispose() => _connection.Dispose();
}
