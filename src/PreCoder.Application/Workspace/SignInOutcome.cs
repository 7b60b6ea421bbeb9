namespace PreCoder.Application.Workspace;

public enum SignInOutcome
{
    Success,
    /// <summary>Unknown name, no password set, or a wrong password: the host says the same for all three.</summary>
    Failed,
    /// <summary>Too many failures in a row; no password is checked until the lock-out ends.</summary>
    LockedOut,
}
