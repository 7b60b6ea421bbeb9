using Microsoft.EntityFrameworkCore;
using PreCoder.Core.Codebooks;
using PreCoder.Core.Coding;
using PreCoder.Core.Errors;
using PreCoder.Core.Suggestions;
using PreCoder.Store.Persistence;

namespace PreCoder.Application.Workspace;

/// <summary>
/// The interview page's read model and its writes. Reads are shaped for one coder and filtered here by the study's
/// blind settings, so nothing a blind coder may not see ever leaves the server; writes go through
/// <see cref="CodingDecisions"/> as the signed-in coder, with the decision id the page showed for optimistic concurrency.
/// </summary>
public sealed class InterviewWorkspace(StudySession session)
{
    private readonly CodingDecisions _decisions = new(session);
    private readonly InterviewRecordings _recordings = new(session);

    public Task<InterviewView> LoadAsync(string coder, string interviewId, CancellationToken cancellationToken) =>
        LoadAsync(coder, interviewId, VisibilityFor(coder, interviewId), cancellationToken);

    /// <summary>The page as <paramref name="visibility"/> allows; for views that are not a blind coder's own (reconciliation).</summary>
    internal async Task<InterviewView> LoadAsync(string coder, string interviewId, WorkspaceVisibility visibility, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        var interview = await db.Interviews.AsNoTracking().FirstOrDefaultAsync(i => i.Id == interviewId, cancellationToken)
            ?? throw new UnavailableException($"no interview '{interviewId}' in the study");
        var codebook = await StudyCodebook.LoadAsync(db, cancellationToken);
        var passages = await db.Passages.AsNoTracking().Where(p => p.InterviewId == interviewId).OrderBy(p => p.Index)
            .Select(p => new PassageView(p.Id, p.Index, p.Speaker, p.Role, p.Text, p.English, p.Start, p.End, p.Flags))
            .ToListAsync(cancellationToken);
        var variables = codebook.Codebook.Variables
            .Where(v => v.Unit == CodingUnit.Interview && v.AppliesToAttributes(interview.Attributes))
            .ToArray();
        var views = await VariablesAsync(db, coder, interviewId, variables, null, visibility, cancellationToken);
        var categories = codebook.Codebook.Categories
            .Select(c => new CategoryView(c.Id, c.Name, views.Where(v => v.Category == c.Id).ToArray()))
            .Where(c => c.Variables.Count > 0)
            .ToList();
        // Variables whose category the codebook does not list still get coded, under their own heading.
        var listed = categories.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        categories.AddRange(views.Where(v => !listed.Contains(v.Category)).GroupBy(v => v.Category)
            .Select(g => new CategoryView(g.Key, g.Key, g.ToArray())));
        return new InterviewView(interviewId, passages, categories, codebook.Codebook.MissingReasons, visibility)
        {
            HasRecording = _recordings.Find(interviewId, interview.Source) is not null,
        };
    }

    /// <summary>One variable as <see cref="LoadAsync"/> shows it, for refreshing a row after a decision or a conflict.</summary>
    public Task<VariableView> LoadVariableAsync(string coder, string interviewId, string variableId, CancellationToken cancellationToken) =>
        LoadVariableAsync(coder, interviewId, variableId, VisibilityFor(coder, interviewId), cancellationToken);

    internal async Task<VariableView> LoadVariableAsync(string coder, string interviewId, string variableId, WorkspaceVisibility visibility, CancellationToken cancellationToken)
    {
        await using var db = session.CreateDb();
        var codebook = await StudyCodebook.LoadAsync(db, cancellationToken);
        var variable = codebook.Codebook.Find(variableId) ?? throw new InputException("workspace", null, $"unknown variable '{variableId}'");
        return (await VariablesAsync(db, coder, interviewId, [variable], variable.Id, visibility, cancellationToken))[0];
    }

    /// <summary>
    /// Records a decision as <paramref name="coder"/> (the signed-in person, never a name from the request) and returns
    /// the variable as it now stands. A stale <see cref="WorkspaceDecision.ExpectedLatestDecisionId"/> throws
    /// <see cref="DecisionConflictException"/> and writes nothing.
    /// </summary>
    public async Task<VariableView> DecideAsync(string coder, WorkspaceDecision decision, CancellationToken cancellationToken)
    {
        if (CoderAccounts.ReservedNames.Contains(coder))
        {
            throw new InputException("workspace", null, $"'{coder}' cannot decide in the workspace");
        }
        await RecordAsync(coder, decision, null, cancellationToken);
        return await LoadVariableAsync(coder, decision.InterviewId, decision.VariableId, cancellationToken);
    }

    /// <summary>Appends the decision as <paramref name="coder"/>, with no check of who may write as them: callers decide that.</summary>
    internal async Task RecordAsync(string coder, WorkspaceDecision decision, string? source, CancellationToken cancellationToken) =>
        await _decisions.DecideAsync(new DecisionRequest(coder, decision.InterviewId, decision.VariableId, decision.Kind)
        {
            Score = decision.Score,
            MissingReason = decision.MissingReason,
            Note = decision.Note,
            AddQuotes = decision.AddQuotes,
            RemoveQuotes = decision.RemoveQuotes,
            ExpectedLatestDecisionId = decision.ExpectedLatestDecisionId,
            Source = source,
        }, cancellationToken);

    public WorkspaceVisibility VisibilityFor(string coder, string interviewId) =>
        session.Configuration.Bind<WorkspaceOptions>(WorkspaceOptions.Section).VisibilityFor(coder, interviewId);

    /// <param name="only">The one variable to read, after a decision; null reads the interview's.</param>
    private static async Task<IReadOnlyList<VariableView>> VariablesAsync(
        StudyDbContext db, string coder, string interviewId, IReadOnlyList<Variable> variables, string? only, WorkspaceVisibility visibility, CancellationToken cancellationToken)
    {
        var mine = await UnitHistory.ForInterviewAsync(db, coder, interviewId, cancellationToken, only);
        var suggestions = visibility.ShowsSuggestions
            ? await LatestSuggestions.ForInterviewAsync(db, interviewId, cancellationToken, only)
            : new Dictionary<string, Suggestion>();
        var others = visibility.ShowsOtherCoders
            ? (await OtherCodesAsync(db, coder, interviewId, only, cancellationToken)).ToLookup(o => o.VariableId, StringComparer.Ordinal)
            : Enumerable.Empty<CodeDecision>().ToLookup(o => o.VariableId, StringComparer.Ordinal);
        return variables.Select(v =>
        {
            var history = mine.GetValueOrDefault(v.Id);
            var code = history?.Code is { SetsCode: true } c ? View(v, c) : null;
            var suggestion = suggestions.GetValueOrDefault(v.Id) is { } s
                ? new SuggestionView(s.CoderId, v.Scale.Format(s.Score), s.Confidence, s.Evidence, s.Rationale)
                : null;
            return new VariableView(
                v.Id, v.Name, v.Category, v.Definition, Levels(v.Scale), suggestion, code, history?.LatestNote, history?.LatestId ?? 0,
                others[v.Id].OrderBy(o => o.CoderId, StringComparer.Ordinal).Select(o => View(v, o)).ToArray())
            {
                EntryHint = EntryHint(v.Scale),
                IsOpenList = v.Scale.Kind == ScaleKind.Nominal && v.Scale.Categories.Count == 0,
            };
        }).ToArray();
    }

    /// <summary>Other human coders' current codes on the interview: each one's latest code-setting decision per variable.</summary>
    private static async Task<IReadOnlyList<CodeDecision>> OtherCodesAsync(StudyDbContext db, string coder, string interviewId, string? only, CancellationToken cancellationToken)
    {
        var rows = await db.Decisions.AsNoTracking()
            .Where(d => d.InterviewId == interviewId && d.PassageId == null && d.CoderId != coder && d.Action != DecisionAction.Note && (only == null || d.VariableId == only))
            .ToListAsync(cancellationToken);
        return rows.GroupBy(d => (d.CoderId, d.VariableId)).Select(g => g.MaxBy(d => d.Id)!).Where(d => d.SetsCode).ToArray();
    }

    private static CodeView View(Variable variable, CodeDecision decision) =>
        new(decision.CoderId, variable.Scale.Format(new Score(decision.Value)), decision.Value is null, decision.MissingReason, decision.Evidence, decision.Action, decision.Source);

    /// <summary>What a coder types for a scale without levels; the decision itself is checked by the scale when it is saved.</summary>
    private static string? EntryHint(Scale scale)
    {
        if (scale.Levels.Count > 0)
        {
            return null;
        }
        var what = scale.Kind switch
        {
            ScaleKind.Numeric when scale.Min is { } lo && scale.Max is { } hi => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"a number from {lo} to {hi}"),
            ScaleKind.Numeric when scale.Min is { } lo => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"a number of at least {lo}"),
            ScaleKind.Numeric when scale.Max is { } hi => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"a number of at most {hi}"),
            ScaleKind.Numeric => "a number",
            _ => "an open list of labels, which codes cannot hold yet: write the label in a note (n)",
        };
        return scale.Description is { Length: > 0 } guidance ? $"{what}. {guidance.Trim()}" : what;
    }

    private static IReadOnlyList<LevelView> Levels(Scale scale)
    {
        var levels = scale.Levels;
        // Digits give the value itself when every value is one digit (0..3, 0..1); otherwise the position, 1 first.
        var byValue = levels.All(l => l is >= 0 and <= 9 && l == Math.Floor(l));
        return levels.Select((l, i) => new LevelView(
                scale.Format(Score.Of(l)),
                scale.Anchors.TryGetValue((int)l, out var anchor) ? anchor : scale.Format(Score.Of(l)),
                byValue ? ((int)l).ToString(System.Globalization.CultureInfo.InvariantCulture) : i < 9 ? (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : null))
            .ToArray();
    }
}
