namespace PreCoder.Core.Coding;

/// <summary>What a person may do in a study's workspace. Machine coders have no role.</summary>
public enum CoderRole
{
    /// <summary>Writes only their own decisions.</summary>
    Coder = 0,
    /// <summary>Also reconciles disagreements into the consensus coder and sees the study's dashboards.</summary>
    Lead = 1,
}
