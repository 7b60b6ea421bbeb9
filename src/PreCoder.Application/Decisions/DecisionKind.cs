namespace PreCoder.Application.Decisions;

/// <summary>What a coder does with one interview and variable.</summary>
public enum DecisionKind
{
    /// <summary>Take the machine's suggestion as it stands (score and evidence).</summary>
    Accept,
    /// <summary>Set a score: an accept when it equals the suggestion, a change when it differs, a plain code when there is none.</summary>
    Score,
    /// <summary>Mark the variable missing for this interview, with a reason.</summary>
    Missing,
    /// <summary>Reject the suggestion: the coder has no code for the unit until they set one.</summary>
    Reject,
    /// <summary>Keep the score; change only the evidence quotes.</summary>
    Evidence,
    /// <summary>Add a note; the code does not change.</summary>
    Note,
}
