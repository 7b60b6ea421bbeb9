namespace PreCoder.Llm.Coding;

/// <summary>
/// Cuts an interview's passages into consecutive chunks that fit the model's context, so a long interview is read in
/// parts (never a passage cut in two) and the evidence merged.
/// </summary>
public static class PassageChunker
{
    /// <summary>Rough characters per token for the sizing; English runs about 4, so 3.5 leaves room.</summary>
    public const double CharsPerToken = 3.5;

    public static IReadOnlyList<IReadOnlyList<SentPassage>> Chunk(IReadOnlyList<SentPassage> passages, int budgetChars)
    {
        var chunks = new List<IReadOnlyList<SentPassage>>();
        var current = new List<SentPassage>();
        var size = 0;
        foreach (var p in passages)
        {
            var cost = p.Sent.Length + p.Passage.Id.Length + 24;
            if (current.Count > 0 && size + cost > budgetChars)
            {
                chunks.Add(current);
                current = [];
                size = 0;
            }
            current.Add(p);
            size += cost;
        }
        if (current.Count > 0)
        {
            chunks.Add(current);
        }
        return chunks;
    }
}
