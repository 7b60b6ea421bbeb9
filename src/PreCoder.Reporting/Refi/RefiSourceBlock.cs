namespace PreCoder.Reporting.Refi;

/// <summary>
/// One turn of a project's source text, read back: its speaker, its text and where the text sits in the source, and
/// the English line PreCoder writes under a translated turn.
/// </summary>
/// <param name="TextStart">Source position of the first character of <paramref name="Text"/>.</param>
/// <param name="EnglishStart">Source position of <paramref name="English"/>; -1 when there is none.</param>
public sealed record RefiSourceBlock(string Speaker, string Text, int TextStart, string? English, int EnglishStart)
{
    /// <summary>The part of the source range [start, end) inside this turn's text or English, with its position; empty pieces are left out.</summary>
    public IEnumerable<(string Piece, int Start)> Overlap(string source, int start, int end)
    {
        foreach (var (from, length) in new[] { (TextStart, Text.Length), (EnglishStart, English?.Length ?? 0) })
        {
            var a = Math.Max(start, from);
            var b = Math.Min(end, from + length);
            if (from >= 0 && b > a && source[a..b].Trim().Length > 0)
            {
                yield return (source[a..b], a);
            }
        }
    }
}
