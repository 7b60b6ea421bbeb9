namespace PreCoder.Store.Transfer;

/// <summary>One table after a transfer: rows and content hash on each side.</summary>
public sealed record TableComparison(string Table, long SourceRows, long TargetRows, string SourceHash, string TargetHash)
{
    public bool Matches => SourceRows == TargetRows && SourceHash == TargetHash;
}
