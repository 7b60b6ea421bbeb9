using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Coding;
using PreCoder.Core.Passages;
using PreCoder.Core.Suggestions;
using PreCoder.Store.Coding;
using PreCoder.Store.Persistence;

namespace PreCoder.Application.Decisions;

/// <summary>
/// What deciding a batch reads, loaded once per interview and coder instead of once per decision, and kept up to date
/// as the batch appends, so two decisions on one unit in one sheet see each other.
/// </summary>
internal sealed class DecisionContext(StudyDbContext db, StudyCodebook codebook)
{
    private readonly Dictionary<string, bool> _interviews = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Passage>> _passages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, Suggestion>> _suggestions = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Coder, string Interview), Dictionary<string, UnitHistory>> _history = [];
    private readonly Dictionary<string, CoderKind?> _coders = new(StringComparer.Ordinal);

    public StudyCodebook Codebook => codebook;

    public async Task<bool> IsMachineAsync(string coder, CancellationToken cancellationToken)
    {
        if (!_coders.TryGetValue(coder, out var kind))
        {
            kind = (await db.Coders.AsNoTracking().FirstOrDefaultAsync(c => c.Id == coder, cancellationToken))?.Kind;
            _coders[coder] = kind;
        }
        return kind == CoderKind.Machine || coder.Equals(Coder.MachineAlias, StringComparison.OrdinalIgnoreCase);
    }

    public async Task<bool> InterviewExistsAsync(string interviewId, CancellationToken cancellationToken)
    {
        if (!_interviews.TryGetValue(interviewId, out var exists))
        {
            exists = await db.Interviews.AnyAsync(i => i.Id == interviewId, cancellationToken);
            _interviews[interviewId] = exists;
        }
        return exists;
    }

    public async Task<IReadOnlyList<Passage>> PassagesAsync(string interviewId, CancellationToken cancellationToken)
    {
        if (!_passages.TryGetValue(interviewId, out var passages))
        {
            passages = await db.Passages.AsNoTracking().Where(p => p.InterviewId == interviewId).OrderBy(p => p.Index).ToListAsync(cancellationToken);
            _passages[interviewId] = passages;
        }
        return passages;
    }

    public async Task<Suggestion?> SuggestionAsync(string interviewId, string variableId, CancellationToken cancellationToken)
    {
        if (!_suggestions.TryGetValue(interviewId, out var byVariable))
        {
            byVariable = await LatestSuggestions.ForInterviewAsync(db, interviewId, cancellationToken);
            _suggestions[interviewId] = byVariable;
        }
        return byVariable.GetValueOrDefault(variableId);
    }

    public async Task<UnitHistory> HistoryAsync(UnitKey unit, CancellationToken cancellationToken)
    {
        var units = await UnitsAsync(unit.Coder, unit.InterviewId, cancellationToken);
        return units.GetValueOrDefault(unit.VariableId) ?? new UnitHistory(null, null, null);
    }

    public async Task AddAsync(UnitKey unit, CodeDecision decision, CancellationToken cancellationToken)
    {
        await CoderRegistry.EnsureAsync(db, Coder.Human(unit.Coder), cancellationToken);
        _coders[unit.Coder] = CoderKind.Human;
        db.Decisions.Add(decision);
        var units = await UnitsAsync(unit.Coder, unit.InterviewId, cancellationToken);
        units[unit.VariableId] = (units.GetValueOrDefault(unit.VariableId) ?? new UnitHistory(null, null, null)).After(decision);
    }

    private async Task<Dictionary<string, UnitHistory>> UnitsAsync(string coder, string interviewId, CancellationToken cancellationToken)
    {
        if (!_history.TryGetValue((coder, interviewId), out var units))
        {
            units = await UnitHistory.ForInterviewAsync(db, coder, interviewId, cancellationToken);
            _history[(coder, interviewId)] = units;
        }
        return units;
    }
}
