using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;
using PreCoder.Core.Errors;
using PreCoder.Core.Passages;
using PreCoder.Core.Suggestions;
using PreCoder.Store.Coding;
using PreCoder.Store.Persistence;
using PreCoder.Store.Studies;

namespace PreCoder.Application.Decisions;

/// <summary>
/// Records coders' decisions on interview-level codes: accept a suggestion, set another score, mark missing, reject,
/// change evidence, add a note. Each is one appended row carrying the coder, the time, the code before and after, and
/// the suggestion it answers (id and model version), so training learns from accepted, changed and rejected suggestions
/// alike. A batch is all or nothing, and a decision that repeats the coder's current code records nothing.
/// </summary>
public sealed class CodingDecisions(StudySession session)
{
    public async Task<DecisionOutcome> DecideAsync(DecisionRequest request, CancellationToken cancellationToken) =>
        (await DecideAllAsync([request], cancellationToken))[0];

    /// <summary>Checks and records every request in one transaction; the first bad one fails them all.</summary>
    public async Task<IReadOnlyList<DecisionOutcome>> DecideAllAsync(IReadOnlyList<DecisionRequest> requests, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        // On SQLite the transaction takes the write lock at once (BEGIN IMMEDIATE), so concurrent deciders queue;
        // on PostgreSQL a transaction-scoped advisory lock does the same for decisions only.
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        if (session.Database.Options.Provider == StoreProvider.Postgres)
        {
            // Waiting for the lock is not a slow query: many coders saving at once may queue longer than a command timeout.
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7215001)", cancellationToken);
            db.Database.SetCommandTimeout(null);
        }
        var context = new DecisionContext(db, await StudyCodebook.LoadAsync(db, cancellationToken));
        var now = session.Time.GetUtcNow();
        var outcomes = new List<DecisionOutcome>(requests.Count);
        foreach (var request in requests)
        {
            outcomes.Add(await DecideOneAsync(context, request, now, cancellationToken));
        }
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return outcomes;
    }

    private static async Task<DecisionOutcome> DecideOneAsync(DecisionContext context, DecisionRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        InputException Bad(string problem) => new(request.Source ?? "decide", request.SourceLine, problem);

        var coder = request.Coder.Trim();
        if (coder.Length == 0)
        {
            throw Bad("empty coder");
        }
        if (await context.IsMachineAsync(coder, cancellationToken))
        {
            throw Bad($"coder '{coder}' is a machine coder; decisions are made by people");
        }
        if (!await context.InterviewExistsAsync(request.InterviewId, cancellationToken))
        {
            throw Bad($"unknown interview '{request.InterviewId}'");
        }
        var variable = context.Codebook.Codebook.Find(request.VariableId)
            ?? throw Bad($"unknown variable '{request.VariableId}' (not an id or name in codebook version {context.Codebook.Version})");
        var unit = new UnitKey(coder, request.InterviewId, variable.Id);
        var history = await context.HistoryAsync(unit, cancellationToken);
        if (request.ExpectedLatestDecisionId is { } expected && (history.LatestId ?? 0) != expected)
        {
            throw new DecisionConflictException(request.InterviewId, variable.Id, history.LatestId ?? 0);
        }
        var suggestion = await context.SuggestionAsync(request.InterviewId, variable.Id, cancellationToken);
        // Only added quotes are looked up in the transcript; a keyboard decision does not read it.
        var passages = request.AddQuotes.Count > 0 ? await context.PassagesAsync(request.InterviewId, cancellationToken) : [];
        var current = history.Code;

        DecisionAction action;
        Score score;
        IReadOnlyList<EvidenceQuote> baseEvidence;
        switch (request.Kind)
        {
            case DecisionKind.Accept:
                if (suggestion is null)
                {
                    throw Bad($"no suggestion to accept for interview '{request.InterviewId}', variable '{variable.Id}' (run precode, or set a score)");
                }
                action = DecisionAction.Accept;
                score = suggestion.Score;
                baseEvidence = suggestion.Evidence;
                break;
            case DecisionKind.Score:
                if (request.Score is null)
                {
                    throw Bad($"variable {variable.Id}: no score given");
                }
                if (!variable.Scale.TryParse(request.Score, out score, out var error))
                {
                    throw Bad($"variable {variable.Id}: {error}");
                }
                if (score.IsMissing)
                {
                    action = DecisionAction.MarkMissing;
                    score = Score.Missing(request.MissingReason ?? score.MissingReason);
                    baseEvidence = [];
                    break;
                }
                action = suggestion is null ? DecisionAction.Set : suggestion.Value == score.Value ? DecisionAction.Accept : DecisionAction.Edit;
                // A changed score keeps the evidence already there (the coder's, else the suggestion's) unless it says the
                // variable is absent: a "not present" code quotes nothing.
                baseEvidence = score.Value == 0 && variable.Scale.HasPresence ? [] : current?.Evidence is { Count: > 0 } own ? own : suggestion?.Evidence ?? [];
                break;
            case DecisionKind.Missing:
                if (string.IsNullOrWhiteSpace(request.MissingReason))
                {
                    throw Bad("say why the variable is missing (e.g. not explored, interview cut short, refused)");
                }
                action = DecisionAction.MarkMissing;
                score = Score.Missing(request.MissingReason.Trim());
                baseEvidence = [];
                break;
            case DecisionKind.Reject:
                if (suggestion is null)
                {
                    throw Bad($"no suggestion to reject for interview '{request.InterviewId}', variable '{variable.Id}'");
                }
                action = DecisionAction.Reject;
                score = Score.Missing();
                baseEvidence = [];
                break;
            case DecisionKind.Evidence:
                if (current is null || current.Score.IsMissing)
                {
                    throw Bad($"coder '{coder}' has no score for interview '{request.InterviewId}', variable '{variable.Id}' to attach evidence to");
                }
                action = current.Action is DecisionAction.Accept or DecisionAction.Edit && suggestion is not null
                    ? (suggestion.Value == current.Value ? DecisionAction.Accept : DecisionAction.Edit)
                    : DecisionAction.Set;
                score = current.Score;
                baseEvidence = current.Evidence;
                break;
            case DecisionKind.Note:
                if (string.IsNullOrWhiteSpace(request.Note))
                {
                    throw Bad("the note is empty");
                }
                action = DecisionAction.Note;
                score = current?.Score ?? Score.Missing();
                baseEvidence = current?.Evidence ?? [];
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(request), request.Kind, "unknown decision kind");
        }

        var evidence = ApplyQuotes(baseEvidence, request, passages, Bad);
        if (score.IsMissing && action != DecisionAction.Note && evidence.Count > 0 && request.AddQuotes.Count > 0)
        {
            throw Bad("a missing or rejected code carries no evidence quotes");
        }
        if (score.IsMissing && action != DecisionAction.Note)
        {
            evidence = [];
        }
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();

        if (IsRepeat(action, score, evidence, note, current, history))
        {
            return new DecisionOutcome(null, current?.Score, current?.Evidence ?? []);
        }
        var decision = new CodeDecision
        {
            InterviewId = request.InterviewId,
            VariableId = variable.Id,
            CodebookVersion = context.Codebook.Version,
            CoderId = coder,
            Action = action,
            Value = action is DecisionAction.Reject or DecisionAction.Note ? null : score.Value,
            MissingReason = action == DecisionAction.MarkMissing ? score.MissingReason : null,
            SuggestionId = suggestion?.Id,
            SuggestionModelVersion = suggestion?.ModelVersion,
            PreviousValue = current?.Value,
            PreviousMissingReason = current is { Value: null } ? current.MissingReason : null,
            Evidence = action == DecisionAction.Note ? [] : evidence,
            Note = note,
            Source = request.Source,
            At = now,
        };
        await context.AddAsync(unit, decision, cancellationToken);
        return new DecisionOutcome(decision, action == DecisionAction.Note ? current?.Score : action == DecisionAction.Reject ? null : score, decision.Evidence);
    }

    /// <summary>True when the decision would leave the coder's code, evidence and note as they are.</summary>
    private static bool IsRepeat(DecisionAction action, Score score, IReadOnlyList<EvidenceQuote> evidence, string? note, CodeDecision? current, UnitHistory history)
    {
        if (action == DecisionAction.Note)
        {
            return note is not null && history.LatestNote == note;
        }
        if (current is null)
        {
            return false;
        }
        if (action == DecisionAction.Reject)
        {
            return current.Action == DecisionAction.Reject;
        }
        return current.SetsCode && current.Score == score && EvidenceLocator.Same(current.Evidence, evidence) && (note is null || history.LatestNote == note);
    }

    private static IReadOnlyList<EvidenceQuote> ApplyQuotes(IReadOnlyList<EvidenceQuote> evidence, DecisionRequest request, IReadOnlyList<Passage> passages, Func<string, InputException> bad)
    {
        var result = evidence.ToList();
        foreach (var text in request.RemoveQuotes)
        {
            var index = result.FindIndex(q => q.Text == text || QuoteLocator.Find(q.Text, text) is { } span && span.Length == q.Text.Length);
            if (index < 0)
            {
                throw bad($"no evidence quote \"{EvidenceLocator.Shorten(text)}\" to remove");
            }
            result.RemoveAt(index);
        }
        foreach (var text in request.AddQuotes)
        {
            var quote = EvidenceLocator.Find(text, passages) ?? throw bad($"quote not found in the interview's transcript: \"{EvidenceLocator.Shorten(text)}\"");
            if (!result.Any(q => q.PassageId == quote.PassageId && q.Start == quote.Start && q.Length == quote.Length && q.English == quote.English))
            {
                result.Add(quote);
            }
        }
        return result;
    }
}
