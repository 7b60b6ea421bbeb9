namespace PreCoder.Core.Text;

/// <summary>Counts words as runs of non-space characters: the unit passage and span sizes are set in.</summary>
public static class WordCount
{
    public static int Of(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
