namespace PreCoder.Codebooks.Json;

/// <summary>Turns UTF-8 byte offsets into 1-based line numbers.</summary>
internal sealed class JsonLineIndex
{
    private readonly List<long> _starts = [0];

    public JsonLineIndex(byte[] bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                _starts.Add(i + 1);
            }
        }
    }

    public int LineOf(long offset)
    {
        var index = _starts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
