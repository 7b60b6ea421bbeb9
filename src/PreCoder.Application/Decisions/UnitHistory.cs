using PreCoder.Core.Coding;
using PreCoder.Store.Coding;
using PreCoder.Store.Persistence;
using PreCoder.Store.Reading;

namespace PreCoder.Application.Decisions;

/// <summary>What the trail says about a unit now: the latest decision of any kind, the one that set the code, the latest note.</summary>
public sealed record UnitHistory(long? LatestId, CodeDecision? Code, string? LatestNote)
{
    public static UnitHistory Of(IEnumerable<CodeDecision> trail)
    {
        long? latest = null;
        CodeDecision? code = null;
        string? note = null;
        foreach (var d in trail.OrderBy(d => d.Id))
        {
            latest = d.Id;
            if (d.Action != DecisionAction.Note)
            {
                code = d;
            }
            if (d.Note is { Length: > 0 } n)
            {
                note = n;
            }
        }
        return new UnitHistory(latest, code, note);
    }

    /// <summary>One coder's history of every variable of one interview, keyed by variable id.</summary>
    public static async Task<Dictionary<string, UnitHistory>> ForInterviewAsync(StudyDbContext db, string coder, string interviewId, CancellationToken cancellationToken, string? variableId = null)
    {
        await using var reader = await StudyReader.OverAsync(db, cancellationToken);
        return await ForInterviewAsync(reader, coder, interviewId, cancellationToken, variableId);
    }

    /// <summary>One coder's history of every variable (or one) of one interview, keyed by variable id.</summary>
    public static async Task<Dictionary<string, UnitHistory>> ForInterviewAsync(StudyReader reader, string coder, string interviewId, CancellationToken cancellationToken, string? variableId = null) =>
        (await DecisionQueries.ForInterviewAsync(reader, coder, interviewId, variableId, cancellationToken))
        .GroupBy(d => d.VariableId, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => Of(g), StringComparer.Ordinal);

    public UnitHistory After(CodeDecision decision) => new(
        decision.Id == 0 ? LatestId : decision.Id,
        decision.Action == DecisionAction.Note ? Code : decision,
        decision.Note is { Length: > 0 } n ? n : LatestNote);
}
