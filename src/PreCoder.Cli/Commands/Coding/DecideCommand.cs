using System.ComponentModel;
using PreCoder.Application.Decisions;
using PreCoder.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PreCoder.Cli.Commands.Coding;

[Description("Record one coder's decision on an interview and variable: accept the suggestion, set a score, mark missing, reject, change evidence or add a note.")]
public sealed class DecideCommand : StudyCommand<DecideCommand.Settings>
{
    public sealed class Settings : CommonSettings
    {
        [CommandOption("--coder <NAME>")]
        [Description("Who decides.")]
        public string? Coder { get; init; }

        [CommandOption("--interview <ID>")]
        public string? Interview { get; init; }

        [CommandOption("--variable <ID>")]
        [Description("A variable id or exact name.")]
        public string? Variable { get; init; }

        [CommandOption("--accept")]
        [Description("Take the machine's suggestion with its evidence.")]
        public bool Accept { get; init; }

        [CommandOption("--score <N>")]
        [Description("Set this score (a value of the variable's scale).")]
        public string? Score { get; init; }

        [CommandOption("--missing <REASON>")]
        [Description("Mark the variable missing for this interview, saying why.")]
        public string? Missing { get; init; }

        [CommandOption("--reject")]
        [Description("Reject the suggestion without setting a score.")]
        public bool Reject { get; init; }

        [CommandOption("--quote <TEXT>")]
        [Description("Add an evidence quote; it must be in the transcript (repeatable).")]
        public string[] Quote { get; init; } = [];

        [CommandOption("--remove-quote <TEXT>")]
        [Description("Remove an evidence quote by its text (repeatable).")]
        public string[] RemoveQuote { get; init; } = [];

        [CommandOption("--note <TEXT>")]
        public string? Note { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(Coder) || string.IsNullOrWhiteSpace(Interview) || string.IsNullOrWhiteSpace(Variable))
            {
                return ValidationResult.Error("decide needs --coder NAME, --interview ID and --variable ID");
            }
            var actions = (Accept ? 1 : 0) + (Score is not null ? 1 : 0) + (Missing is not null ? 1 : 0) + (Reject ? 1 : 0);
            if (actions > 1)
            {
                return ValidationResult.Error("give one of --accept, --score N, --missing REASON, --reject");
            }
            if (actions == 0 && Quote.Length == 0 && RemoveQuote.Length == 0 && Note is null)
            {
                return ValidationResult.Error("say what to decide: --accept, --score N, --missing REASON, --reject, --quote TEXT or --note TEXT");
            }
            return ValidationResult.Success();
        }

        public DecisionKind Kind =>
            Accept ? DecisionKind.Accept
            : Score is not null ? DecisionKind.Score
            : Missing is not null ? DecisionKind.Missing
            : Reject ? DecisionKind.Reject
            : Quote.Length > 0 || RemoveQuote.Length > 0 ? DecisionKind.Evidence
            : DecisionKind.Note;
    }

    protected override async Task<int> RunAsync(StudySession session, Settings settings, CancellationToken cancellationToken)
    {
        var outcome = await new CodingDecisions(session).DecideAsync(new DecisionRequest(settings.Coder!, settings.Interview!, settings.Variable!, settings.Kind)
        {
            Score = settings.Score,
            MissingReason = settings.Missing,
            AddQuotes = settings.Quote,
            RemoveQuotes = settings.RemoveQuote,
            Note = settings.Note,
        }, cancellationToken);
        var decision = outcome.Recorded;
        Output.Result(
            new { recorded = outcome.Changed, action = decision?.Action.ToString(), score = outcome.CurrentScore?.ToString(), evidence = outcome.CurrentEvidence.Select(e => e.Text), suggestion = decision?.SuggestionId },
            decision is null
                ? $"unchanged: {settings.Coder}'s code for {settings.Interview}/{settings.Variable} is already {outcome.CurrentScore?.ToString() ?? "unset"}"
                : $"{decision.Action} by {decision.CoderId} on {decision.InterviewId}/{decision.VariableId}: {outcome.CurrentScore?.ToString() ?? "no code"}"
                  + (decision.PreviousValue is { } before ? $" (was {before})" : "")
                  + (outcome.CurrentEvidence.Count > 0 ? $", {outcome.CurrentEvidence.Count} evidence quote(s)" : ""));
        return 0;
    }
}
