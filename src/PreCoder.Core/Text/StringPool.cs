namespace PreCoder.Core.Text;

/// <summary>
/// Hands out one string per distinct short text. Files and queries at a study's scale repeat the same few hundred ids
/// on every row (a seed-scale codes file names 220 interviews, 288 variables and 4 coders across 253,440 rows); keeping
/// one string for each instead of one per row is tens of megabytes less to allocate and hold.
/// </summary>
public sealed class StringPool
{
    /// <summary>Ids and scores are far shorter; longer texts (quotes, notes) rarely repeat and are not looked up.</summary>
    public const int DefaultLongestPooled = 256;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public StringPool(int longestPooled = DefaultLongestPooled)
    {
        LongestPooled = longestPooled;
        _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The longest text that is looked up; longer ones become a new string each time.</summary>
    public int LongestPooled { get; }

    /// <summary>The pooled string equal to <paramref name="chars"/>, added on first sight.</summary>
    public string Get(ReadOnlySpan<char> chars)
    {
        if (chars.Length == 0)
        {
            return string.Empty;
        }
        if (chars.Length > LongestPooled)
        {
            return chars.ToString();
        }
        if (_bySpan.TryGetValue(chars, out var pooled))
        {
            return pooled;
        }
        pooled = chars.ToString();
        _strings.Add(pooled, pooled);
        return pooled;
    }
}
