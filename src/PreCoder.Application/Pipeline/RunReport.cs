namespace PreCoder.Application.Pipeline;

/// <summary>The summary a run ends with; any failed item makes the exit code non-zero.</summary>
public sealed record RunReport(string Pipeline, IReadOnlyList<ItemOutcome> Items)
{
    public int Done => Items.Count(i => i.Status == ItemStatus.Done);

    public int Skipped => Items.Count(i => i.Status == ItemStatus.Skipped);

    public int Failed => Items.Count(i => i.Status == ItemStatus.Failed);

    public string Describe()
    {
        var lines = new List<string>();
        foreach (var stage in Items.GroupBy(i => i.Stage))
        {
            lines.Add($"{stage.Key}: {stage.Count(i => i.Status == ItemStatus.Done)} done, {stage.Count(i => i.Status == ItemStatus.Skipped)} already done, {stage.Count(i => i.Status == ItemStatus.Failed)} failed");
            foreach (var f in stage.Where(i => i.Status == ItemStatus.Failed))
            {
                lines.Add($"  failed: {f.Error}");
            }
        }
        return string.Join(Environment.NewLine, lines);
    }
}
