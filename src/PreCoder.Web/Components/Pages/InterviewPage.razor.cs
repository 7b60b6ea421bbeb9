using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using PreCoder.Application.Transcripts;
using PreCoder.Core.Coding;
using PreCoder.Core.Errors;
using PreCoder.Web.Accounts;
using PreCoder.Web.Components.Coding;

namespace PreCoder.Web.Components.Pages;

/// <summary>
/// The interview page: one coder codes one interview with the keyboard. Every action is saved at once through
/// <see cref="InterviewWorkspace"/> with the decision id this page last showed, so a stale tab gets a conflict message
/// and keeps the coder's change to apply again (<c>r</c>) instead of overwriting or dropping it.
/// </summary>
public sealed partial class InterviewPage
{
    [Parameter]
    public string InterviewId { get; set; } = "";

    [Inject]
    private InterviewWorkspace Workspace { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject]
    private IJSRuntime Js { get; set; } = default!;

    [Inject]
    private StudySession Session { get; set; } = default!;

    private readonly SemaphoreSlim _saving = new(1, 1);
    private readonly Dictionary<string, VariableView> _variables = new(StringComparer.Ordinal);
    private List<string> _order = [];
    private InterviewView? _view;
    private string _coder = "";
    private string? _selectedId;
    private CodingMode _mode;
    private EvidenceQuote? _highlight;
    private bool _undecidedOnly;
    private bool _uncertainFirst;
    private string? _category;
    private string? _band;
    private string? _status;
    private bool _conflict;
    private bool _error;
    private WorkspaceDecision? _retry;
    private string? _scrollTo;
    private bool _revealHighlight;
    private bool _focusNote;
    private bool _focusScore;
    private double? _seekTo;
    private DotNetObjectReference<InterviewPage>? _self;

    /// <summary>The note being written (bound to the note box).</summary>
    public string NoteText { get; set; } = "";

    /// <summary>The value being typed for a variable without fixed levels (bound to the value box).</summary>
    public string ScoreText { get; set; } = "";

    private IEnumerable<string> VisibleIds => _uncertainFirst
        ? _order.Where(IsVisible).OrderBy(id => _variables[id].Suggestion?.Confidence ?? 2).ThenBy(id => _order.IndexOf(id))
        : _order.Where(IsVisible);

    protected override async Task OnInitializedAsync()
    {
        _coder = (await Authentication.GetAuthenticationStateAsync()).User.CoderName();
        try
        {
            await LoadAsync();
        }
        catch (UnavailableException ex)
        {
            _status = ex.Message;
            return;
        }
        _selectedId = _order.FirstOrDefault(id => !_variables[id].IsDecided) ?? _order.FirstOrDefault();
        _scrollTo = _selectedId;
    }

    private async Task LoadAsync()
    {
        _view = await Workspace.LoadAsync(_coder, InterviewId, CancellationToken.None);
        _variables.Clear();
        foreach (var v in _view.Variables)
        {
            _variables[v.Id] = v;
        }
        _order = _view.Variables.Select(v => v.Id).ToList();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_view is null)
        {
            return;
        }
        if (_self is null)
        {
            _self = DotNetObjectReference.Create(this);
            await Js.InvokeVoidAsync("precoder.listen", _self);
        }
        if (_scrollTo is { } id)
        {
            _scrollTo = null;
            await Js.InvokeVoidAsync("precoder.scrollTo", $"v-{id}");
        }
        if (_seekTo is { } seconds)
        {
            _seekTo = null;
            await Js.InvokeVoidAsync("precoder.seek", seconds, false);
        }
        if (_revealHighlight)
        {
            _revealHighlight = false;
            await Js.InvokeVoidAsync("precoder.reveal", "highlight");
        }
        if (_focusNote || _focusScore)
        {
            await Js.InvokeVoidAsync("precoder.focus", _focusNote ? "note-input" : "score-input");
            _focusNote = _focusScore = false;
        }
    }

    /// <summary>A key pressed anywhere on the page but in a text box (workspace.js decides which keys come here).</summary>
    [JSInvokable]
    public async Task OnKey(string key)
    {
        if (_view is null)
        {
            return;
        }
        if (_mode is CodingMode.WritingNote or CodingMode.EnteringScore)
        {
            if (key == "Enter")
            {
                await (_mode == CodingMode.WritingNote ? SaveNoteAsync() : SaveScoreEntryAsync());
            }
            else if (key == "Escape")
            {
                SetMode(CodingMode.Browse);
            }
            return;
        }
        var selected = _selectedId;
        switch (key)
        {
            case "j" or "ArrowDown":
                Move(+1);
                break;
            case "k" or "ArrowUp":
                Move(-1);
                break;
            case "Escape":
                SetMode(CodingMode.Browse);
                break;
            case "u":
                _undecidedOnly = !_undecidedOnly;
                KeepSelectionVisible();
                StateHasChanged();
                break;
            case "m" when selected is not null:
                StartMissing();
                break;
            case "n" when selected is not null:
                StartNote();
                break;
            case "a" when selected is not null:
                await AcceptAsync(selected);
                break;
            case "r" when _retry is { } retry:
                await DecideAsync(retry);
                break;
            case "e" when selected is not null:
                NextQuote(selected);
                break;
            case "x" when selected is not null && _highlight is { } quote:
                await RemoveQuoteAsync(selected, quote);
                break;
            case "+":
                await AddSelectionAsync();
                break;
            case [var digit] when char.IsAsciiDigit(digit) && selected is not null:
                if (_mode == CodingMode.ChoosingMissingReason)
                {
                    var index = digit - '1';
                    if (index >= 0 && index < _view.MissingReasons.Count)
                    {
                        await MissingAsync(selected, _view.MissingReasons[index]);
                    }
                }
                else if (_variables[selected].Levels.FirstOrDefault(l => l.Key == key) is { } level)
                {
                    await ScoreAsync(selected, level.Value);
                }
                else if (_variables[selected] is { IsOpenList: true } open)
                {
                    Report($"{open.Name}: {open.EntryHint}", error: true);
                }
                else if (_variables[selected].Levels.Count == 0)
                {
                    StartScoreEntry(key);
                }
                else
                {
                    Report($"{key} is not a value of {_variables[selected].Name}", error: true);
                }
                break;
        }
    }

    public void Select(string variableId)
    {
        if (_selectedId != variableId)
        {
            _selectedId = variableId;
            _highlight = null;
            _mode = CodingMode.Browse;
            StateHasChanged();
        }
    }

    public void ShowQuote(string variableId, EvidenceQuote quote)
    {
        Select(variableId);
        _highlight = quote;
        _revealHighlight = true;
        // The player waits at the quote; playing is the coder's choice (p), so moving through quotes stays silent.
        if (_view is { HasRecording: true })
        {
            _seekTo = quote.StartTime ?? _view.Passages.FirstOrDefault(p => p.Id == quote.PassageId)?.Start;
        }
        StateHasChanged();
    }

    /// <summary>
    /// Renames a speaker and sets their role for everyone (passages rebuilt, quotes re-anchored by
    /// <see cref="SpeakerRelabelling"/>), then shows the interview again with the new passages.
    /// </summary>
    public async Task RelabelSpeakerAsync(string speaker, string label, string role)
    {
        await _saving.WaitAsync();
        try
        {
            var result = await SpeakerRelabelling.RelabelAsync(Session, new SpeakerRelabelRequest(InterviewId, speaker)
            {
                NewLabel = label,
                Role = string.IsNullOrWhiteSpace(role) ? null : role,
            }, CancellationToken.None);
            await LoadAsync();
            if (_selectedId is not null && !_variables.ContainsKey(_selectedId))
            {
                _selectedId = _order.FirstOrDefault();
            }
            _highlight = null;
            var quotes = result.QuotesReanchored + result.QuotesUnanchored == 0
                ? ""
                : $"; {result.QuotesReanchored} quote(s) found again, {result.QuotesUnanchored} no longer in the transcript (flagged)";
            Report($"Relabelled: {result.Segments} segment(s) of {speaker} are now {result.Speaker} ({result.Role}); {result.Passages} passages rebuilt{quotes}");
        }
        catch (InputException ex)
        {
            Report(ex.Problem, error: true);
        }
        finally
        {
            _saving.Release();
        }
    }

    public void StartMissing() => SetMode(CodingMode.ChoosingMissingReason);

    public void StartNote()
    {
        NoteText = _selectedId is { } id ? _variables[id].Note ?? "" : "";
        _focusNote = true;
        SetMode(CodingMode.WritingNote);
    }

    public void StartScoreEntry(string first = "")
    {
        ScoreText = first;
        _focusScore = true;
        SetMode(CodingMode.EnteringScore);
    }

    /// <summary>Saves the typed value; one the scale refuses stays in the box with the reason, to correct.</summary>
    public async Task SaveScoreEntryAsync()
    {
        var text = ScoreText.Trim();
        if (_selectedId is not { } id || text.Length == 0)
        {
            SetMode(CodingMode.Browse);
            return;
        }
        await ScoreAsync(id, text);
    }

    public Task AcceptAsync(string variableId) =>
        DecideAsync(new WorkspaceDecision(InterviewId, variableId, DecisionKind.Accept, 0));

    public Task ScoreAsync(string variableId, string score) =>
        DecideAsync(new WorkspaceDecision(InterviewId, variableId, DecisionKind.Score, 0) { Score = score });

    public Task MissingAsync(string variableId, string reason) =>
        DecideAsync(new WorkspaceDecision(InterviewId, variableId, DecisionKind.Missing, 0) { MissingReason = reason });

    public Task RemoveQuoteAsync(string variableId, EvidenceQuote quote) =>
        DecideAsync(new WorkspaceDecision(InterviewId, variableId, DecisionKind.Evidence, 0) { RemoveQuotes = [quote.Text] });

    public async Task SaveNoteAsync()
    {
        if (_selectedId is { } id && !string.IsNullOrWhiteSpace(NoteText))
        {
            await DecideAsync(new WorkspaceDecision(InterviewId, id, DecisionKind.Note, 0) { Note = NoteText });
        }
        SetMode(CodingMode.Browse);
    }

    /// <summary>Adds the text selected in the transcript as evidence of the selected variable.</summary>
    public async Task AddSelectionAsync()
    {
        var text = await Js.InvokeAsync<string>("precoder.selectedTranscriptText");
        if (_selectedId is not { } id || string.IsNullOrWhiteSpace(text))
        {
            Report("select some transcript text first, then press +", error: true);
            return;
        }
        await DecideAsync(new WorkspaceDecision(InterviewId, id, DecisionKind.Evidence, 0) { AddQuotes = [text] });
    }

    /// <summary>
    /// Saves one decision with the latest decision id this page holds for the unit. One save at a time, so keys pressed
    /// quickly are saved in order and each sees the id the previous one produced.
    /// </summary>
    private async Task DecideAsync(WorkspaceDecision decision)
    {
        await _saving.WaitAsync();
        try
        {
            var shown = _variables[decision.VariableId];
            var current = await Workspace.DecideAsync(_coder, decision with { ExpectedLatestDecisionId = shown.LatestDecisionId }, CancellationToken.None);
            _variables[decision.VariableId] = current;
            _retry = null;
            _conflict = false;
            Report($"Saved: {current.Name} = {Describe(current.Mine)}{(decision.Kind == DecisionKind.Note ? " (note)" : "")}");
            if (decision.Kind is DecisionKind.Accept or DecisionKind.Score or DecisionKind.Missing)
            {
                _mode = CodingMode.Browse;
                Move(+1);
            }
        }
        catch (DecisionConflictException)
        {
            var current = await Workspace.LoadVariableAsync(_coder, InterviewId, decision.VariableId, CancellationToken.None);
            _variables[decision.VariableId] = current;
            _retry = decision;
            _conflict = true;
            _status = $"Not saved: {current.Name} was changed in another tab or session since this page showed it (now {Describe(current.Mine)}). " +
                      $"Your change ({Describe(decision)}) is kept here: press r to apply it to the current code, or choose again.";
            _error = false;
        }
        catch (InputException ex)
        {
            // The problem alone ("variable dem_age_joined: 150 is outside scale years (0..100)"): the page is not a file.
            Report(ex.Problem, error: true);
        }
        finally
        {
            _saving.Release();
        }
        StateHasChanged();
    }

    private void Move(int step)
    {
        var visible = VisibleIds.ToList();
        if (visible.Count == 0)
        {
            return;
        }
        var at = _selectedId is null ? -1 : visible.IndexOf(_selectedId);
        var next = Math.Clamp(at + step, 0, visible.Count - 1);
        _selectedId = visible[next];
        _highlight = null;
        _mode = CodingMode.Browse;
        _scrollTo = _selectedId;
        StateHasChanged();
    }

    private void NextQuote(string variableId)
    {
        var v = _variables[variableId];
        var quotes = (v.Mine?.Evidence ?? []).Concat(v.Suggestion?.Evidence ?? []).Distinct().ToList();
        if (quotes.Count == 0)
        {
            Report($"{v.Name} has no evidence quotes", error: true);
            return;
        }
        var at = _highlight is null ? -1 : quotes.IndexOf(_highlight);
        ShowQuote(variableId, quotes[(at + 1) % quotes.Count]);
    }

    private bool IsVisible(string id) =>
        (!_undecidedOnly || !_variables[id].IsDecided || id == _selectedId)
        && (_category is null || _variables[id].Category == _category)
        && (_band is null || _variables[id].Suggestion is { } s && VariableCard.Band(s.Confidence) == _band);

    private void KeepSelectionVisible()
    {
        if (_selectedId is not null && !VisibleIds.Contains(_selectedId))
        {
            _selectedId = VisibleIds.FirstOrDefault();
        }
        _scrollTo = _selectedId;
    }

    private void ToggleUndecided(ChangeEventArgs e)
    {
        _undecidedOnly = e.Value is true;
        KeepSelectionVisible();
    }

    private void ToggleUncertainFirst(ChangeEventArgs e)
    {
        _uncertainFirst = e.Value is true;
        _scrollTo = _selectedId;
    }

    private void FilterCategory(string? category)
    {
        _category = string.IsNullOrEmpty(category) ? null : category;
        KeepSelectionVisible();
    }

    private void FilterBand(string? band)
    {
        _band = string.IsNullOrEmpty(band) ? null : band;
        KeepSelectionVisible();
    }

    private void SetMode(CodingMode mode)
    {
        _mode = mode;
        StateHasChanged();
    }

    private void Report(string message, bool error = false)
    {
        _status = message;
        _error = error;
        _conflict = false;
        StateHasChanged();
    }

    private static string Describe(CodeView? code) => code is null ? "no code" : code.IsMissing ? $"missing{(code.MissingReason is { } r ? $" ({r})" : "")}" : code.Score;

    private static string Describe(WorkspaceDecision d) => d.Kind switch
    {
        DecisionKind.Score => $"score {d.Score}",
        DecisionKind.Missing => $"missing ({d.MissingReason})",
        DecisionKind.Accept => "accept the suggestion",
        DecisionKind.Note => "note",
        _ => "evidence change",
    };

    public async ValueTask DisposeAsync()
    {
        if (_self is not null)
        {
            try
            {
                await Js.InvokeVoidAsync("precoder.stop");
            }
            catch (JSDisconnectedException)
            {
                // The tab is gone; nothing listens any more.
            }
            _self.Dispose();
        }
        _saving.Dispose();
    }
}
