namespace PreCoder.Classification.Embeddings;

/// <summary>
/// Encodes texts in batches of similar length. An encoder pads every text of a batch to the longest one, so in arrival
/// order a large share of the tokens are padding; sorting by length first removes most of that waste.
/// </summary>
public static class LengthBatcher
{
    public static float[][] Encode(ITextEncoder encoder, IReadOnlyList<string> texts, int batchSize, CancellationToken cancellationToken)
    {
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ThenBy(i => i).ToArray();
        var result = new float[texts.Count][];
        var batch = new List<string>(batchSize);
        for (var start = 0; start < order.Length; start += batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            batch.Clear();
            var end = Math.Min(order.Length, start + batchSize);
            for (var k = start; k < end; k++)
            {
                batch.Add(texts[order[k]]);
            }
            var vectors = encoder.Encode(batch, cancellationToken);
            for (var k = start; k < end; k++)
            {
                result[order[k]] = vectors[k - start];
            }
        }
        return result;
    }
}
