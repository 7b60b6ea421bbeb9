namespace PreCoder.Classification.Embeddings;

/// <summary>Turns texts into unit-length vectors, one per text, in the order given.</summary>
public interface ITextEncoder
{
    /// <summary>Encoder name and version, as stored with cached vectors (e.g. <c>MiniLM-L6-v2</c>).</summary>
    string Name { get; }

    float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
