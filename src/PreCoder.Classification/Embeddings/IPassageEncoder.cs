using PreCoder.Core.Passages;

namespace PreCoder.Classification.Embeddings;

/// <summary>Embeds passages span by span. Each passage is embedded once, whatever the number of variables scored on it.</summary>
public interface IPassageEncoder
{
    /// <summary>The underlying encoder's name and the span settings, e.g. <c>MiniLM-L6-v2-24.9/spans-8-60</c>.</summary>
    string Name { get; }

    /// <summary>Embeds texts that are not passages (codebook definitions, indicators, category labels).</summary>
    float[][] EncodeTexts(IReadOnlyList<string> texts, CancellationToken cancellationToken);

    /// <summary>Returns one <see cref="PassageVectors"/> per passage, in the order given.</summary>
    IReadOnlyList<PassageVectors> Encode(IReadOnlyList<Passage> passages, CancellationToken cancellationToken);
}
