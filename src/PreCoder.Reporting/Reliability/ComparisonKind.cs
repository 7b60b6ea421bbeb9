namespace PreCoder.Reporting.Reliability;

public enum ComparisonKind
{
    /// <summary>Two human coders.</summary>
    HumanPair,

    /// <summary>A machine coder against one human coder.</summary>
    MachineVsHuman,

    /// <summary>A machine coder against the human consensus (see <see cref="Consensus"/>).</summary>
    MachineVsConsensus,

    /// <summary>Every selected coder in one coefficient.</summary>
    AllCoders,
}
