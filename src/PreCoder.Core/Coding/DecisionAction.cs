namespace PreCoder.Core.Coding;

/// <summary>What a coder did. Every action is one row of the append-only audit trail.</summary>
public enum DecisionAction
{
    /// <summary>A code set directly (typed in or imported from a file).</summary>
    Set = 0,
    /// <summary>A machine suggestion accepted as it stands.</summary>
    Accept = 1,
    /// <summary>A machine suggestion rejected; the coder's code stays unset.</summary>
    Reject = 2,
    /// <summary>A machine suggestion taken with a changed score.</summary>
    Edit = 3,
    /// <summary>Marked missing, with a reason.</summary>
    MarkMissing = 4,
    /// <summary>A note only: the code does not change.</summary>
    Note = 5,
    /// <summary>A machine coder's proposal, recorded so the machine's codes live in the same trail.</summary>
    Suggest = 6,
}
