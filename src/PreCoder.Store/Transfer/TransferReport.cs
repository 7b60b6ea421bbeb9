namespace PreCoder.Store.Transfer;

/// <summary>What a transfer copied; it was committed only when every table matches.</summary>
public sealed record TransferReport(string Source, string Target, IReadOnlyList<TableComparison> Tables)
{
    public bool Matches => Tables.All(t => t.Matches);

    public long Rows => Tables.Sum(t => t.SourceRows);
}
