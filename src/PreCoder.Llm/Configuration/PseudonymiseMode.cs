namespace PreCoder.Llm.Configuration;

/// <summary>When names and places are replaced by placeholders before text is sent to a model.</summary>
public enum PseudonymiseMode
{
    /// <summary>Only when the endpoint is not on this machine (text on loopback never leaves it).</summary>
    Remote = 0,
    /// <summary>Always, also for a local server.</summary>
    Always = 1,
}
